// PRACTICE_SITES: where people train and compete and keep a public record of it (security labs such as
// TryHackMe and Hack The Box, bug-bounty researchers, coding-challenge sites): a person's page there, kind 'other'.
// Rooms, challenges and boards on the same hosts are not anyone's page.
import type { Site } from './contact-sites.js';

const practice = (label: string, host: RegExp, profile: RegExp, names: RegExp): Site => ({
  kind: 'other',
  label,
  host,
  profile,
  names,
});

export const PRACTICE_SITES: readonly Site[] = [
  // tryhackme.com/p/jane, tryhackme.com/r/p/jane (the newer app's path).
  practice('TryHackMe', /^tryhackme\.com$/, /^\/(?:r\/)?p\/[\w.-]+\/?$/, /try ?hack ?me|^thm$/i),
  // app.hackthebox.com/profile/123456, /users/123456, hackthebox.eu/home/users/profile/123, profile.hackthebox.com/profile/<id>.
  practice(
    'Hack The Box',
    /^(?:app\.|academy\.|profile\.)?hackthebox\.(?:com|eu)$/,
    /^\/(?:home\/users\/profile|profile|users)\/[\w-]+\/?$/,
    /hack ?the ?box|^htb$/i,
  ),
  practice(
    'Root Me',
    /^root-me\.org$/,
    /^\/(?!(?:fr|en|de|es|ru|zh)\/?$)[\w.-]+\/?(?:\?lang=\w+)?$/,
    /root-?me/i,
  ),
  // A researcher's page on Bugcrowd is under /h/; hackerone.com/<name> is a company's programme as often as a person.
  practice('Bugcrowd', /^bugcrowd\.com$/, /^\/h\/[\w.-]+\/?$/, /bugcrowd/i),
  practice('CTFtime', /^ctftime\.org$/, /^\/user\/\d+\/?$/, /ctf ?time/i),
  practice(
    'Codewars',
    /^codewars\.com$/,
    /^\/users\/[\w.-]+\/?(?:completed_solutions|stats)?\/?$/,
    /codewars/i,
  ),
  practice('CodeChef', /^codechef\.com$/, /^\/users\/[\w.-]+\/?$/, /code ?chef/i),
  practice(
    'GeeksforGeeks',
    /^(?:auth\.)?geeksforgeeks\.org$/,
    /^\/(?:user|profile)\/[\w.-]+\/?(?:practice\/?)?$/,
    /geeks ?for ?geeks|^gfg$/i,
  ),
  practice('HackerEarth', /^hackerearth\.com$/, /^\/@[\w.-]+\/?$/, /hacker ?earth/i),
  practice('Exercism', /^exercism\.(?:org|io)$/, /^\/profiles\/[\w.-]+\/?$/, /exercism/i),
  practice('Frontend Mentor', /^frontendmentor\.io$/, /^\/profile\/[\w.-]+\/?$/, /frontend ?mentor/i),
  practice(
    'freeCodeCamp',
    /^freecodecamp\.org$/,
    // A camper's page (freecodecamp.org/jane) or an author's page on its publication (/news/author/jane).
    /^\/(?:news\/author\/[\w.-]+|(?!(?:news|learn|forum|donate|certification|espanol|portuguese|chinese|ukrainian|japanese)\b)[\w.-]+)\/?$/,
    /free ?code ?camp|^fcc$/i,
  ),
  practice('Topcoder', /^profiles\.topcoder\.com$/, /^\/[\w.-]+\/?$/, /top ?coder/i),
  practice('Coderbyte', /^coderbyte\.com$/, /^\/profile\/[\w.-]+\/?$/, /coderbyte/i),
  practice('Kattis', /^(?:open\.)?kattis\.com$/, /^\/users\/[\w.-]+\/?$/, /kattis/i),
  practice('SPOJ', /^spoj\.com$/, /^\/users\/[\w.-]+\/?$/, /^spoj$/i),
];
