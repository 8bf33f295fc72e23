// labelledDates: the dates an employer list item gives on a nested line of their own ("- Acme" / "  - 2019 – 2021").
import { ROLE_WORDS } from './parse-entry-text.js';
import { parsePeriod } from './parse-period.js';

/** "- 넷마블블루" over "  - 근무 기간 2013년 08월 ~ 2016년 10월": the dates of an employer item, on a nested line of
 *  their own with at most a short label ("Period:", "근무 기간"). */
export function labelledDates(nested: readonly string[]): string | null {
  for (const text of nested.slice(0, 3)) {
    const dated = text.length <= 80 ? parsePeriod(text) : null;
    if (dated && dated.rest.length <= 16 && !ROLE_WORDS.test(dated.rest)) return dated.period;
  }
  return null;
}
