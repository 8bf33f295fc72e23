// listedAfterCue: whether a name in a sentence is one of the things the author says they made or worked
// at — right after the cue or further down a list that follows it ("I created FastAPI, Typer and …",
// "Previously I worked at Clerk, Netlify, and Gatsby", "FastAPI, Typer and my other open source
// projects"): a project or an employer, not a claimed skill. Read word by word (no backtracking).

const MAX_ITEMS = 6;
const MAX_ITEM_WORDS = 4;

// Cues as their last words: "created", "worked at", "creator of (the)", "CEO & Founder", "founder @".
// "building", "wrote" also start ordinary lists of tools ("building Python, Go and Rust services"): they
// only mark the name right after them.
const MADE = new Set(
  'created creating co-created cocreated founded co-founded founder co-founder cofounder ceo cto'.split(' '),
);
const MADE_NEXT = new Set('made making built building wrote maintain maintains maintaining'.split(' '));
const WORKED = new Set('work worked working works employed interned interning'.split(' '));
const OF_WHOM = new Set(
  'creator creators co-creator cocreator author authors maintainer maintainers founder founders'.split(' '),
);
const RUNS = new Set('founder co-founder cofounder ceo cto'.split(' '));
const SEPARATORS = new Set([',', 'and', 'or', '&']);
const CLOSERS = new Set(['projects', 'tools', 'libraries', 'packages', 'apps']);
// An item word: a link left out of prose ("¦"), or a capitalised word or a number ("Netlify", "Harbor.ai").
const ITEM_WORD = /^(?:¦|[\p{Lu}\d][\p{L}\p{N}.'’-]{0,30})$/u;

// Every cue word above holds one of these, so a text without any has no cue (most prose): one test instead
// of tokenising the text for each name in it. `u` folds the Kelvin sign to "k" as toLowerCase does.
export const MAY_CUE = /creat|found|ceo|cto|made|making|buil|wrote|maintain|work|employ|intern|author/iu;
// ownListAfter ends only on "my" or "our".
const MAY_OWN = /my|our/iu;
/** Every word a cue can end on, for the test that MAY_CUE keeps up with the sets. */
export const CUE_WORDS = [MADE, MADE_NEXT, WORKED, OF_WHOM, RUNS].flatMap((set) => [...set]);

/** Words and commas of a text, lower-cased for the cue tests. */
function tokens(text: string): string[] {
  return text.replace(/,/g, ' , ').split(/\s+/).filter(Boolean);
}

/** The words before `end` close a cue ("worked at", "creator of the", "created", "Founder @"). */
// A module function, not a closure per call: tsx (keepNames) names every closure it creates.
const wordAt = (words: readonly string[], at: number): string => words[at]?.toLowerCase() ?? '';

function cueEndsAt(words: readonly string[], end: number, next = false): boolean {
  const w1 = wordAt(words, end - 1);
  if (MADE.has(w1) || (next && MADE_NEXT.has(w1))) return true;
  const w2 = wordAt(words, end - 2);
  if ((w1 === 'at' || w1 === 'for') && WORKED.has(w2)) return true;
  if ((w1 === 'at' || w1 === '@') && RUNS.has(w2)) return true;
  if (w1 === 'of' && OF_WHOM.has(w2)) return true;
  return w1 === 'the' && w2 === 'of' && OF_WHOM.has(wordAt(words, end - 3));
}

/** Separators ending at `end` (", and", ",", "and", "&"): how many words they take. */
function separatorAt(words: readonly string[], end: number): number {
  let n = 0;
  while (n < 2 && SEPARATORS.has(words[end - n - 1]?.toLowerCase() ?? '')) n++;
  return n;
}

/** The text before a name ends in a cue, maybe followed by a list of items ("worked at Clerk, Netlify, and "). */
function cueBefore(before: string): boolean {
  if (!MAY_CUE.test(before.slice(-200))) return false;
  const words = tokens(before.slice(-200));
  let end = words.length;
  for (let item = 0; item <= MAX_ITEMS; item++) {
    if (cueEndsAt(words, end, item === 0)) return true;
    const sep = separatorAt(words, end);
    if (sep === 0) return false;
    end -= sep;
    let size = 0;
    while (size < MAX_ITEM_WORDS && end - size > 0 && ITEM_WORD.test(words[end - size - 1]!)) {
      size++;
      if (cueEndsAt(words, end - size)) break;
    }
    if (size === 0) return false;
    end -= size;
  }
  return false;
}

/** The text after a name closes its list as the author's own ("…, Typer, and my other open source projects"). */
function ownListAfter(after: string): boolean {
  if (!MAY_OWN.test(after.slice(0, 300))) return false;
  const words = tokens(after.slice(0, 300));
  let at = 0;
  for (let item = 0; item <= MAX_ITEMS; item++) {
    let sep = 0;
    while (sep < 2 && SEPARATORS.has(words[at + sep]?.toLowerCase() ?? '')) sep++;
    if (sep === 0) return false;
    at += sep;
    const first = words[at]?.toLowerCase();
    if (first === 'my' || first === 'our')
      return words.slice(at + 1, at + 6).some((w) => CLOSERS.has(w.toLowerCase().replace(/[.!?]{1,3}$/, '')));
    let size = 0;
    while (size < MAX_ITEM_WORDS && at + size < words.length && ITEM_WORD.test(words[at + size]!)) size++;
    if (size === 0) return false;
    at += size;
  }
  return false;
}

/** `name` stands after a making or employment cue in `text`; a name not in the text is a left-out link ("¦"). */
export function listedAfterCue(text: string, name: string): boolean {
  const at = text.toLowerCase().indexOf(name.toLowerCase());
  if (at >= 0) return cueBefore(text.slice(0, at)) || ownListAfter(text.slice(at + name.length));
  if (!MAY_CUE.test(text)) return false;
  let gaps = 0;
  for (let gap = text.indexOf('¦'); gap >= 0 && gaps < 12; gap = text.indexOf('¦', gap + 1), gaps++)
    if (cueBefore(text.slice(0, gap))) return true;
  return false;
}

/** The words before a link end in a making or employment cue ("I created FastAPI, ", "worked at "). */
export function madeOrWorkedAt(before: string): boolean {
  return cueBefore(before);
}
