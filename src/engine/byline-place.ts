// Where someone is, said only as one part of the byline under their name ("Paris, France · lea@x.example ·
// github.com/lea", "Батуми, Грузия | TG: … | site.io", "Android Engineer at Rappi · Bogotá, Colombia"):
// the place part alone, never the contacts beside it.
import type { Profile, Section } from '../profiles/model/profile.js';
import { HUMAN_LANGUAGES } from '../profiles/vocabulary/human-languages.js';
import { isKnownSkill, isPlatform } from '../profiles/vocabulary/skill-aliases.js';
import { foldText } from '../text/fold-text.js';
import { ROLE_WORD } from './fact-line-cues.js';

/** Lines read from the opening: a byline sits right under the name, with the headline. */
const MAX_OPENING_LINES = 8;
/** Sections read: the title heading and the untitled text before or right after it. */
const MAX_OPENING_SECTIONS = 2;
/** A byline longer than this is prose, not a row of parts. */
const MAX_BYLINE = 300;
const MAX_PARTS = 8;
/** A place part: a few words, or "City, Region, Country". */
const MAX_PLACE = 60;
const MAX_PLACE_WORDS = 6;

const SEPARATOR = /[·•|｜]|\s[–—]\s/u;
/** Capitalised words, small joining words between them ("Rio de Janeiro"), up to two commas. */
const PLACE =
  /^\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|de|do|da|del|di|la|el|am|an|upon|sur|on))*(?:, ?\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|de|do|da|del|di|la|el|am|an|upon|sur|on))*){0,2}$/u;
/** A part that is a way to reach someone: an address, a site, a phone number or a network's name. */
// "@handle", "ana@x.io"; not "Architect @ Microsoft", where "@ " says at which employer.
const CONTACT =
  /@(?!\s)|:\/\/|\bwww\.|(?<![\p{L}\p{N}-])[\p{L}\p{N}-]+\.(?:com|io|dev|org|net|me|app|co|example|xyz|tech|ai|page|site|blog|info|github\.io)\b|\d(?:[ ()-]?\d){6}|\b(?:github|gitlab|linkedin|telegram|twitter|email|e-mail|mail|phone|tel|tg|wa|whatsapp|website|blog|portfolio|cv|resume)\b/iu;
/** Labels that are never places, though capitalised ("Website", "Open to work"). */
const NOT_PLACE =
  /^(?:website|web|site|blog|cv|resume|résumé|portfolio|home|about(?: me)?|contact|email|e-mail|phone|projects?|talks?|github|gitlab|linkedin|telegram|twitter|x|remote|hybrid|on-?site|open to work|hiring|available|he|she|they|him|her|them)$/iu;

/** The byline's place as a section holding only it, from the profile's opening; null when none says one. */
export function bylinePlace(profile: Profile): Section | null {
  for (const section of profile.sections.slice(0, MAX_OPENING_SECTIONS)) {
    if (section.level > 1) break;
    for (const line of section.text.split('\n').slice(0, MAX_OPENING_LINES)) {
      const place = placeOfByline(line, profile.name);
      if (place) return { ...section, id: `${section.id}#location`, text: place, items: [], links: [] };
    }
  }
  return null;
}

/**
 * The place part of a byline: a part that is only capitalised words (not a skill, role, language or
 * link label), beside a contact part, or a "City, Country" beside a role. Null for any other line.
 */
export function placeOfByline(line: string, name = ''): string | null {
  if (line.length > MAX_BYLINE) return null;
  const parts = line
    .split(SEPARATOR)
    .slice(0, MAX_PARTS)
    .map((p) => p.replace(/^[^\p{L}\p{N}]+|(?<![^\p{L}\p{N}.)])[^\p{L}\p{N}.)]+$/gu, '').trim())
    .filter(Boolean);
  if (parts.length < 2) return null;
  const at = parts.findIndex((p) => isPlace(p) && foldText(p) !== foldText(name));
  if (at < 0) return null;
  const place = parts[at]!;
  const others = parts.filter((_, i) => i !== at);
  const reachable = others.some((p) => CONTACT.test(p));
  const withRole = place.includes(',') && others.some((p) => ROLE_WORD.test(p));
  return reachable || withRole ? place : null;
}

function isPlace(part: string): boolean {
  if (part.length > MAX_PLACE || part.split(' ').length > MAX_PLACE_WORDS || !PLACE.test(part)) return false;
  // "ONE PACKET AT A TIME" is a slogan; every place name has a small letter.
  if (!/\p{Ll}/u.test(part)) return false;
  return part
    .split(',')
    .map((p) => p.trim())
    .every(
      (p) =>
        !NOT_PLACE.test(p) &&
        !HUMAN_LANGUAGES.has(p.toLowerCase()) &&
        !ROLE_WORD.test(p) &&
        !isKnownSkill(p) &&
        !isPlatform(p),
    );
}
