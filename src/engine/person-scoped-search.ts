// personScopedSearch: free text no rule reads that names one person ("what did abdelrahman build during
// the internship", "is caleb at fermyon?") is a question about them: the lines of their profile that share
// the most of its other words answer it better than a search of everyone that needs half the words at once.
import type { Profile } from '../profiles/model/profile.js';
import type { ProfileIndex, SearchHit } from '../search/search-types.js';
import { queryWords } from '../search/section-search.js';
import { namedSpan, QUESTION_WORDS } from './person-question.js';
import { namesExactly } from './search-person.js';

const MAX_WORDS = 30;
const LIMIT = 3;

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

/** The named person's best-matching sections, or null when the text names no one person or nothing matches. */
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
  const hits = index.search(query, { personId: resolved.value.id, limit: LIMIT, anyWord: true });
  return hits.length > 0 ? { person: resolved.value, query, hits } : null;
}
