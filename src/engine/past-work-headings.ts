// "where was jonas before vipps": earlier jobs listed under a heading that says they came before
// ("🏢 Previously", "Before Rappi", "Earlier", "Antes", "Vorher"), one a line or item, which no
// experience entry was read from; quoted as written.
import type { Profile } from '../profiles/model/profile.js';
import { foldText } from '../text/fold-text.js';

/** A heading of earlier work (folded): a time word first, or a past-work phrase. */
const PAST_HEADING =
  /^(?:previously|before|earlier|formerly|prior|in the past|past (?:roles|jobs|work|positions|employers|experience)|former (?:roles|jobs|positions|employers)|antes|anteriormente|vorher|fruher|zuvor|avant|auparavant|precedentemente|in passato|prima)\b/;
/** A heading this long is a sentence, not a label. */
const MAX_HEADING_WORDS = 5;
const MAX_LINE = 300;

/** Lines under such headings (at most `limit`), leaving out those already shown. */
export function pastHeadingLines(profile: Profile, shown: string, limit: number): string[] {
  const lines: string[] = [];
  for (const section of profile.sections) {
    const title = foldText(section.title);
    if (
      section.kind === 'contact' ||
      title.split(' ').length > MAX_HEADING_WORDS ||
      !PAST_HEADING.test(title)
    )
      continue;
    for (const line of [...section.text.split('\n'), ...section.items]) {
      const text = line.trim().slice(0, MAX_LINE);
      if (!text || shown.includes(text) || lines.includes(text)) continue;
      lines.push(text);
      if (lines.length >= limit) return lines;
    }
  }
  return lines;
}
