// slashListNames: the technologies of a slash-joined list written in one word, "react/next/remix" or
// "express/nest/trpc": two or more well-known names among its parts make it a list, so a name that is
// also an everyday word ("react", "next", "express") counts there, lowercase too.
import { lookupTechnology } from '../vocabulary/tech-vocabulary.js';

const MAX_TOKENS = 400;
const MAX_PARTS = 12;
// Brackets, quotes and sentence punctuation around the list ("(REST/GraphQL)", "go/rust,").
// Bounded runs: linear (a token with more is no list anyway).
const EDGES = /^[("'“‘[*_]{1,8}|[)"'”’\]*_.,;:!?]{1,8}$/g;
// Addresses and paths are no lists: "https://…", "www.…", "~/.config/nvim", "src/app", "a@b.c".
const NOT_A_LIST = /:\/\/|^www\.|^[~./]|@/;

const wellKnownName = (part: string): string | null => {
  const tech = lookupTechnology(part);
  return tech && tech.kind !== 'platform' && tech.wellKnown ? tech.name : null;
};

/** The names of each slash list in the text, in order. */
export function slashListNames(text: string): string[] {
  const out: string[] = [];
  if (!text.includes('/')) return out;
  let tokens = 0;
  for (const raw of text.split(' ')) {
    if (!raw.includes('/') || ++tokens > MAX_TOKENS) continue;
    const token = raw.replace(EDGES, '');
    if (NOT_A_LIST.test(token)) continue;
    const parts = token.split('/');
    if (parts.length > MAX_PARTS || parts.some((p) => p === '')) continue;
    // A part with a dot that names nothing is a domain ("example.com/go/rust"): a path, not a list.
    if (parts.some((p) => p.includes('.') && !lookupTechnology(p))) continue;
    const names = parts.map(wellKnownName);
    const known = names.filter((n): n is string => n !== null);
    if (known.length < 2 || known.length * 2 < parts.length) continue;
    out.push(...known);
  }
  return out;
}
