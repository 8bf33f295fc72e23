// parsePeriod: finds a date range ("2019–2023", "Jan 2020 - Present", "(2021)") in a line of text.

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,8}\\.?';
// Years 1800–2099: historical profiles (Ada Lovelace, 1842–1843) have periods too.
const POINT = `(?:${MONTH}\\s+)?(?:1[89]|20)\\d{2}`;
const END = `(?:${POINT}|present|now|current|today|ongoing|actual|heute|hoy|aujourd'hui|atual)`;
const RANGE = new RegExp(`(${POINT})\\s*(?:–|—|-|to|until|bis|a|à|até)\\s*(${END})`, 'i');
const SINGLE = new RegExp(`\\((${POINT})\\)|\\b(?:since|seit|desde|depuis)\\s+(${POINT})`, 'i');

export interface PeriodMatch {
  period: string;
  /** The text with the period (and its brackets or joining punctuation) removed. */
  rest: string;
}

export function parsePeriod(text: string): PeriodMatch | null {
  const range = RANGE.exec(text);
  const single = range ? null : SINGLE.exec(text);
  const match = range ?? single;
  if (!match) return null;
  const period = range ? `${range[1]} – ${range[2]}` : (single![1] ?? `since ${single![2]}`);
  const rest = (text.slice(0, match.index) + text.slice(match.index + match[0].length))
    .replace(/\(\s*\)|\[\s*\]/g, '')
    .replace(/(?<!\s)\s*[,|·•—–-]\s*$/, '')
    .replace(/^\s*[,|·•—–-]\s*/, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return { period: period.replace(/\s+/g, ' '), rest };
}
