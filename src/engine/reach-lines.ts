// Ways to reach someone a profile states in a sentence rather than as a contact link ("ping me on
// Mastodon at @kb@hachyderm.io", "📫 How to reach me: https://…/about/", `Say ["Hi"](…/contact/)`):
// quoted as written under the contact answer, with the address of a link the line holds.
import type { Profile } from '../profiles/model/profile.js';

const REACH_CUE =
  /\b(?:how to reach me|reach me|contact me|ping me|say ["“']?hi|get in touch|write to me|dm me|message me|email me|find me on|(?:twitter|mastodon|bluesky|telegram)\s?:)/i;
const URL_START = /^https?:\/\//;
const EMAIL_OR_FEDI = /^@?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
/** Addresses among the line's words (URLs, e-mail, fediverse handles), trailing punctuation dropped. */
const addresses = (line: string): string[] =>
  line
    .split(/\s+/)
    .map((w) => trimEnd(trimStart(w, '(<['), '.,;:!?)]>'))
    .filter((w) => URL_START.test(w) || EMAIL_OR_FEDI.test(w));
/** Lines read and lines shown: a contact answer adds a few, never the whole profile. */
const MAX_LINES = 400;
const MAX_SHOWN = 3;
const MAX_LINE = 200;

const key = (address: string) => trimEnd(address.toLowerCase().replace(/^mailto:/, ''), '/.,;)');

/** A link's words stand right after the cue ("Say ["Hi"](…)"), not anywhere in a long line. */
const NEAR = 60;
function near(line: string, text: string, cue: number): boolean {
  const at = text.length >= 2 ? line.indexOf(text, cue) : -1;
  return at >= 0 && at - cue <= NEAR;
}

/** The word without these characters at its end (a loop, not a regex: `[…]+$` rescans on every start). */
function trimEnd(word: string, chars: string): string {
  let end = word.length;
  while (end > 0 && chars.includes(word[end - 1]!)) end -= 1;
  return word.slice(0, end);
}

function trimStart(word: string, chars: string): string {
  let start = 0;
  while (start < word.length && chars.includes(word[start]!)) start += 1;
  return word.slice(start);
}

/** Lines that say how to reach them and hold an address no contact of theirs already gives. */
export function reachLines(profile: Profile, known: readonly string[]): string[] {
  const seen = new Set(known.map(key));
  const shown: string[] = [];
  let read = 0;
  for (const section of profile.sections) {
    for (const line of [...section.text.split('\n'), ...section.items]) {
      read += 1;
      if (read > MAX_LINES || shown.length >= MAX_SHOWN) return shown;
      const cue = line.search(REACH_CUE);
      if (cue < 0) continue;
      const fresh = addresses(line).filter((a) => !seen.has(key(a)));
      const linked = section.links
        .filter((l) => near(line, l.text.trim(), cue) && !line.includes(l.url))
        .filter((l) => !seen.has(key(l.url)))
        .map((l) => l.url);
      if (fresh.length === 0 && linked.length === 0) continue;
      for (const a of [...fresh, ...linked]) seen.add(key(a));
      const text = line.trim().slice(0, MAX_LINE);
      shown.push(linked.length > 0 ? `${text} (${linked.join(', ')})` : text);
    }
  }
  return shown;
}
