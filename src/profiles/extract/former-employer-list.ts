// formerEmployerList: the employers of a "Previously at: A · B · C" line (the list may follow the label
// on the next line), one entry each; "@org" handles count as the organisation's name.
import type { Experience } from '../model/profile.js';
import { JOB_ROLE } from './job-role.js';

// The label, in the languages the other experience cues read; the rest of the line is the list. A label of the
// job held now ("Currently working at:") needs its colon: "Working at Acme and Beta" is a sentence.
const LABEL =
  /^[^\p{L}\p{N}]{0,6}(?:previously|formerly|prev|past|former|ex|before|anteriormente|antes|auparavant|précédemment|fr[üu]her|ранее|прежде|(?:currently|presently|i\s(?:currently\s)?work|(?:currently\s)?working|actualmente(?:\strabajando)?|atualmente(?:\strabalhando)?|trabajando|trabalhando|derzeit)\s(?:at|@|for|en|em|na|no|para|bei|chez)(?=\s?[:：]))(?![\p{L}])(?:\s(?:at|@|with|in|worked\sat|employers?|companies|jobs|workplaces|en|em|na|no|chez|bei|в))?\s?[:：]?\s*/iu;
const SEPARATOR = /\s[·•|/]\s|,\s|\s(?:and|y|e|et|und|и)\s|、/u;
// An organisation: one handle-like token, or up to five words that each start with a capital or digit.
const HANDLE = /^@?[\p{L}\d][\p{L}\p{M}\d._-]{1,38}$/u;
const CAPITALISED = /^[\p{Lu}\d][\p{L}\p{M}\d&'’.+-]*$/u;
const CONNECTOR = /^(?:of|de|du|da|do|and|&|the|für|la|le)$/i;

const WORDLIKE = /[\p{L}\p{N}]/u;

/** The item without leading or trailing punctuation and emoji (a loop: a trailing `[^…]+$` is quadratic). */
function trimEnds(item: string): string {
  let from = 0;
  let to = item.length;
  while (from < to && !WORDLIKE.test(item[from]!) && item[from] !== '@') from++;
  while (to > from && !WORDLIKE.test(item[to - 1]!) && item[to - 1] !== '.' && item[to - 1] !== ')') to--;
  return item.slice(from, to).trim();
}

function organisation(item: string): string | null {
  const clean = trimEnds(item.replace(/\*\*|__|`/g, ''));
  if (clean.length < 2 || clean.length > 50 || JOB_ROLE.test(clean)) return null;
  const words = clean.split(/\s+/);
  if (words.length === 1) return HANDLE.test(clean) ? clean.replace(/^@/, '') : null;
  if (words.length > 5) return null;
  const ok = words.every((w, i) => CAPITALISED.test(w) || (i > 0 && CONNECTOR.test(w)));
  return ok ? clean : null;
}

/**
 * Employers listed after a "Previously at:" label: on the label's own line, or on the next line when the label
 * stands alone (`previous` is the text of the line before). Needs two or more organisations, or a label
 * line of its own above one: a lone "Previously at X" is read by the sentence rules.
 */
export function formerEmployerList(text: string, previous: string | null, line: number | null): Experience[] {
  if (text.length > 400) return [];
  let list: string | null = null;
  const label = LABEL.exec(text);
  const own = label && label[0].trimEnd().length < text.trimEnd().length ? label : null;
  if (own && /[:：]\s*$|\b(?:at|@|with|en|em|chez|bei)\s*$/iu.test(own[0])) list = text.slice(own[0].length);
  const above = previous !== null && previous.length <= 40 ? LABEL.exec(previous) : null;
  const labelAbove = above !== null && above[0].trimEnd().length === previous!.trimEnd().length;
  if (!list && labelAbove && /[:：]\s*$/.test(previous!)) list = text;
  if (!list) return [];
  const items = list.split(SEPARATOR).slice(0, 12);
  const orgs = items.map(organisation);
  if (orgs.some((o) => o === null) || (orgs.length < 2 && !labelAbove)) return [];
  // Under a label line, the label is kept with the name: it says whether the job is held now or was before.
  const said =
    labelAbove && !own ? `${previous!.trim()} ${text.trim().replace(/\s?[|·•,]$/u, '')}` : text.trim();
  return (orgs as string[]).map((organization) => ({
    text: said,
    title: null,
    organization,
    period: null,
    highlights: [],
    line,
  }));
}
