// junkLink: links that sit among contacts without being a way to reach the person: cause banners ("Stand
// With Ukraine"), "Ask AI"/DeepWiki-style documentation badges, local-time clocks and the credit line of
// the generator or template that made the README, and a stats card left linking to the account it was
// copied from.
import type { LinkSpot } from './contact-spots.js';

// What the banner or badge says (alt, title or link text).
const JUNK_TEXT =
  /\bstand\s?with\b|#?standwith\w+|\bsupport\s?ukraine\b|\bblack\s?lives\s?matter\b|\bask\s?(?:deep\s?wiki|ai|devin|zread)\b|\bdeep\s?wiki\b|\bchat with (?:the )?(?:docs|repo|ai)\b|\blocal\s?time\b|\btime\s?zone\b/i;
// The words before a credit: "auto-generated with [x]", "made using [x]", "powered by [x]", "template from [x]".
const CREDIT_BEFORE =
  /\b(?:generated|made|created|built|powered|designed|crafted|styled|inspired)\s(?:with|using|via|by|on|from|in)\s?[:-]?\s?$|\b(?:template|theme|generator)\s(?:from|by|of)\s?[:-]?\s?$/i;

// A cause banner named only by its address: the campaign's repository or page ("…/StandWithUkraine/…").
const JUNK_ADDRESS = /standwith[a-z]/i;

// The account a stats or widget card is drawn for ("…/api?username=jo", "…?user=jo").
const CARD_USER = /[?&](?:amp;)?(?:username|user)=([\w.-]{1,39})/i;

/**
 * A link holding only cards drawn for one account that leads to another one's page ("<a href=github.com/
 * template-author><img src=…?username=jo>"): the template's leftover link, nobody's contact.
 */
function cardForOtherAccount(spot: LinkSpot): boolean {
  if (spot.images.length === 0 || spot.words !== '') return false;
  const users = spot.images.map((i) => CARD_USER.exec(i.src)?.[1]?.toLowerCase());
  if (users.some((u) => u === undefined)) return false;
  const target = spot.url.split(/[?#]/)[0]!.split('/').filter(Boolean).at(-1)?.toLowerCase() ?? '';
  return users.every((u) => u !== target);
}

export function junkLink(spot: LinkSpot, tail: string): boolean {
  if (CREDIT_BEFORE.test(tail) || cardForOtherAccount(spot)) return true;
  if (JUNK_ADDRESS.test(spot.url) || spot.images.some((i) => JUNK_ADDRESS.test(i.src))) return true;
  const texts = [spot.text, ...spot.images.flatMap((i) => [i.alt, i.title])];
  return texts.some((t) => t.length <= 120 && JUNK_TEXT.test(t));
}
