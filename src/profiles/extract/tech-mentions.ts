// findTechMentions: the technologies a sentence names, read against the vocabulary with prose-safe rules.
// Only well-known technologies count, and a name that is also an ordinary word ("Go", "Swift", "react")
// counts only in a list of technologies or after "in/with/using…", so prose never turns words into skills.
import { lookupTechnology, startsLongerName, type Technology } from '../vocabulary/tech-vocabulary.js';
import { judgeMention, spells, type Verdict } from './judge-mention.js';
import { slashListNames } from './slash-list-names.js';

const MAX_TEXT = 2000;
const MAX_NGRAM = 3;
const TRAILING = ".'’-";
// One character class per part: linear. Dots, plus and hash belong to names (Node.js, C++, C#, .NET).
const TOKEN = /[\p{L}\p{N}.#][\p{L}\p{N}+#.'’-]*/gu;
// Between two names of one list: separators, and at most one connective word among them.
const GAP_CHARS = /[\s,/&+|·•;:()*_、，；：・]+/g;
const CONNECTIVES = new Set(['and', 'or', 'y', 'o', 'e', 'ou', 'et', 'und', 'oder', 'as well as', 'plus']);
const isListGap = (gap: string): boolean => {
  const words = gap.replace(GAP_CHARS, ' ').trim().toLowerCase();
  return words === '' || CONNECTIVES.has(words);
};
const CERTIFIED = /^\s(?:certified|certification|certificate)/i;
// "I picked up Rust …", "I mostly write C", "I reach for R": what one picks up or writes is a technology named after it.
const CUE_BEFORE =
  /(?:\b(?:in|with|at|using|use|picked up|reach for|like|write|writing|en|con|com|mit|avec|em|and|y|und|et)|[:,/&+])[\s*_]*$/i;

const CUE_MARK = /[:,/&+][\s*_]*$/;
// Chinese puts the verb before the name ("使用 Go 开发", "基于 Rust"); Japanese and Korean put a particle
// of object or means right after it ("Goで開発", "Goを用いた", "Rust로 작성", "Go를 사용").
const CJK_CUE_BEFORE = /(?:使用|采用|利用|基于|借助|运用|用)\s?$/u;
const CJK_CUE_AFTER = /^\s?(?:を|で|를|을|로|으로)/u;

interface Candidate extends Verdict {
  name: string;
  start: number;
  end: number;
}

function tokens(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let word = m[0];
    // A possessive is a person or product ("Max's", "Linux's tree command"), not a claimed skill.
    if (word.endsWith("'s") || word.endsWith('’s')) continue;
    // Sentence dots and dashes are not part of the name ("Qt.").
    let end = word.length;
    while (end > 0 && TRAILING.includes(word[end - 1]!)) end--;
    if (end < word.length) word = word.slice(0, end);
    if (word && (!/^[.#]/.test(word) || /[\p{L}\p{N}]/u.test(word))) {
      for (const run of scriptRuns(word, m.index)) out.push(run);
    }
  }
  return out;
}

// Korean, Japanese and Chinese write particles and words straight after a Latin name ("Kafka를 사용하여",
// "Goで開発", "使用Go开发"): a name ends where the script changes.
const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;

function scriptRuns(word: string, at: number): { text: string; start: number; end: number }[] {
  if (!CJK.test(word)) return [{ text: word, start: at, end: at + word.length }];
  const runs: { text: string; start: number; end: number }[] = [];
  let from = 0;
  let cjk = CJK.test(word[0]!);
  for (let i = 1; i <= word.length; i++) {
    const here = i < word.length ? CJK.test(word[i]!) : !cjk;
    if (here === cjk) continue;
    let end = i;
    while (end > from && TRAILING.includes(word[end - 1]!)) end--;
    const text = word.slice(from, end);
    if (text) runs.push({ text, start: at + from, end: at + from + text.length });
    from = i;
    cjk = here;
  }
  return runs;
}

interface WordInfo {
  /** Some name starts with this word and goes on ("Arch" → "Arch Linux"). */
  longer: boolean;
  /** What the word alone names, and the form it was written in (before a suffix: "Kubernetes-based"). */
  tech: Technology | undefined;
  shown: string;
}

const WORD_MEMO_LIMIT = 20_000;
const wordMemo = new Map<string, WordInfo>();

function wordInfo(word: string): WordInfo {
  let info = wordMemo.get(word);
  if (info) return info;
  let shown = word;
  let tech = lookupTechnology(word);
  // "Kubernetes-based", "NixOS-Konfigurationen": the name before a suffix. An all-capitals part is an
  // acronym of its own ("TF-IDF" is no Terraform, "CI-CD").
  if (!tech && /^[^-]+-\p{L}+$/u.test(word) && !/-\p{Lu}+$/u.test(word)) {
    shown = word.slice(0, word.indexOf('-'));
    tech = lookupTechnology(shown);
  }
  info = { longer: startsLongerName(word), tech, shown };
  if (wordMemo.size >= WORD_MEMO_LIMIT) wordMemo.clear();
  wordMemo.set(word, info);
  return info;
}

/** The longest name starting at word i: several words must be one spaced name that spells it ("Arch Linux"). */
function longName(text: string, words: readonly { text: string; start: number; end: number }[], i: number) {
  for (let n = Math.min(MAX_NGRAM, words.length - i); n >= 2; n--) {
    const span = words.slice(i, i + n);
    // Words of one name are separated by single spaces only: "React, Native" is two things.
    if (span.some((w, j) => j > 0 && text.slice(span[j - 1]!.end, w.start) !== ' ')) continue;
    const written = span.map((w) => w.text).join(' ');
    const tech = lookupTechnology(written);
    // Not folded into another name either: "I am" is no IAM.
    if (tech && spells(tech, written)) return { tech, written, n, end: span[n - 1]!.end };
  }
  return null;
}

function candidates(text: string): Candidate[] {
  const words = tokens(text);
  const out: Candidate[] = [];
  for (let i = 0; i < words.length; ) {
    const word = words[i]!;
    // A letter joined to another by "&" is an abbreviation ("R&D", "Q&A"), not the language R or C.
    if (word.text.length === 1 && (text[word.end] === '&' || text[word.start - 1] === '&')) {
      i++;
      continue;
    }
    const info = wordInfo(word.text);
    let long = info.longer ? longName(text, words, i) : null;
    let verdict = long ? judgeMention(long.written, long.tech) : null;
    if (!verdict?.ok) {
      long = null;
      verdict = info.tech ? judgeMention(info.shown, info.tech) : null;
    }
    if (verdict?.ok) {
      const tech = (long?.tech ?? info.tech)!;
      out.push({ ...verdict, name: tech.name, start: word.start, end: long?.end ?? word.end });
    }
    i += long?.n ?? 1;
  }
  return out;
}

/**
 * The canonical names of the technologies a line of prose names, in order, without repeats. `listed`: the
 * text is an item of a skills list or grid, so a name that is also a word needs no further context.
 */
export function findTechMentions(raw: string, listed = false): string[] {
  // One map per mode, keyed by the text itself: a prefixed key was a new string to hash on every call.
  const memo = listed ? listedMemo : proseMemo;
  const known = memo.get(raw);
  if (known) return known.length === 0 ? [] : [...known];
  const names = mentions(raw, listed);
  if (memo.size >= WORD_MEMO_LIMIT) memo.clear();
  if (raw.length <= 300) memo.set(raw, names);
  return [...names];
}

// Lines repeat across profiles (templates, boilerplate): the answer for a short line is remembered.
const proseMemo = new Map<string, readonly string[]>();
const listedMemo = new Map<string, readonly string[]>();

function mentions(raw: string, listed: boolean): string[] {
  const text = raw.length > MAX_TEXT ? raw.slice(0, MAX_TEXT) : raw;
  const found = candidates(text);
  const names: string[] = [];
  found.forEach((c, i) => {
    // "AWS Certified …" names a certification, which has its own place in the profile.
    if (CERTIFIED.test(text.slice(c.end, c.end + 16))) return;
    if (c.needsContext && !listed) {
      // Listed next to a well-known technology, or (not for bare brands) after a cue word.
      const prev = found[i - 1];
      const next = found[i + 1];
      const inList =
        (prev && !prev.brandOnly && isListGap(text.slice(prev.end, c.start))) ||
        (next && !next.brandOnly && isListGap(text.slice(c.end, next.start)));
      const before = text.slice(Math.max(0, c.start - 12), c.start);
      const after = text.slice(c.end, c.end + 4);
      const cued =
        !c.brandOnly &&
        (((CUE_BEFORE.test(before) || CJK_CUE_BEFORE.test(before)) &&
          !(c.acronym && CUE_MARK.test(before))) ||
          CJK_CUE_AFTER.test(after));
      if (!inList && !cued) return;
    }
    if (!names.includes(c.name)) names.push(c.name);
  });
  // "react/next/remix": a slash list names its everyday-word technologies too (after the others found).
  for (const name of slashListNames(text)) if (!names.includes(name)) names.push(name);
  return names;
}
