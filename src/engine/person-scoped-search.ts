// personScopedSearch: free text no rule reads that names one person ("what did abdelrahman build during
// the internship", "is caleb at fermyon?") is a question about them: the lines of their profile that share
// the most of its other words answer it better than a search of everyone that needs half the words at once.
import type { Profile } from '../profiles/model/profile.js';
import type { ProfileIndex, SearchHit } from '../search/search-types.js';
import { queryWords, sectionText } from '../search/section-search.js';
import { withFamilies } from './asked-word-families.js';
import { namedSpan, QUESTION_WORDS } from './person-question.js';
import { namesExactly } from './search-person.js';

const MAX_WORDS = 30;
const LIMIT = 3;
/** Characters of a hit's context: the matched line and the lines after it in its section. */
const CONTEXT = 400;
const CONTEXT_LINES = 6;

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The word without the punctuation around it ("caleb,", "(achkandev's"): a scan from each end, no regex. */
function bare(word: string): string {
  const chars = [...word];
  let start = 0;
  let end = chars.length;
  while (start < end && !WORD_CHAR.test(chars[start]!)) start += 1;
  while (end > start && !WORD_CHAR.test(chars[end - 1]!)) end -= 1;
  return chars.slice(start, end).join('');
}

export interface PersonScoped {
  person: Profile;
  /** The question's other words, as searched. */
  query: string;
  hits: SearchHit[];
}

/** The named person's best-matching sections (none when nothing of theirs matches), or null when the text names no one person. */
export function personScopedSearch(index: ProfileIndex, text: string): PersonScoped | null {
  const words = text.toLowerCase().split(/\s+/).slice(0, MAX_WORDS).map(bare).filter(Boolean);
  const span = namedSpan(words, (t) => namesExactly(index, t));
  if (!span) return null;
  const resolved = index.resolvePerson(span.person);
  if (resolved.status !== 'found') return null;
  const rest = [...words.slice(0, span.start), ...words.slice(span.end)].filter(
    (w) => !QUESTION_WORDS.has(w),
  );
  const query = rest.join(' ');
  if (queryWords(query).length === 0) return null;
  // "is X remote" is answered by "フルリモート", "is X freelance" by "indépendant": the word's family is searched too.
  const hits = index.search(withFamilies(query), {
    personId: resolved.value.id,
    limit: LIMIT,
    anyWord: true,
  });
  // Nothing of theirs shares a word: still a question about them, never another person's line.
  return { person: resolved.value, query, hits: hits.map(withContext) };
}

/**
 * The hit's line and the lines after it in its section ("Student Assistant · 08/2021 – 02/2022 · Conducted
 * tutorial sessions"): a question about one person matches an entry's heading, and its answer is under it.
 */
function withContext(hit: SearchHit): SearchHit {
  const lines = sectionText(hit.section)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const bareSnippet = hit.snippet.replace(/^…|…$/g, '');
  const at = lines.findIndex((line) => line.includes(bareSnippet));
  if (at < 0 || at + 1 >= lines.length) return hit;
  let text = lines[at]!;
  for (const line of lines.slice(at + 1, at + CONTEXT_LINES)) {
    if (text.length + line.length + 3 > CONTEXT) break;
    text = `${text} · ${line}`;
  }
  return text === lines[at] ? hit : { ...hit, snippet: text };
}
