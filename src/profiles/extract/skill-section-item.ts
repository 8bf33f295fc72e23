// sectionLineNames: what one line of a skills section claims, read with the care of the listing-shape
// reader: decoration before a label is no part of it ("🍎 iOS:"), a past, learning, wish or fact label
// claims nothing ("Used before:", "Location:"), nor does a contact line, a credit or a bare period.
import type { ContentLine } from '../markdown/content-lines.js';
import { isKnownSkill } from '../vocabulary/skill-aliases.js';
import { isCategoryRow } from './category-row.js';
import { rowClaimsNothing } from './category-table.js';
import { isFigure } from './looks-technical.js';
import { parsePeriod } from './parse-period.js';
import { isCreditLine } from './skill-claims.js';
import { isLearning } from './skill-learning.js';
import { normalise } from './skill-list-shape.js';
import { type LineNames, skillLineNames, skillRowNames } from './skill-section-lines.js';
import { splitSkillLine } from './split-skill-list.js';

// Labels of what the author does not claim (learning, wishes, the past) and of facts that are no skills
// (where they live, how to reach them, who employs them) or of what they avoid or have not yet done, in
// the languages the section titles know.
// "Worked with:", "Currently using:", "Most used:" and "Machine learning:" stay claims.
const NO_CLAIM_LABEL =
  /\b(?:(?<!(?:machine|deep|reinforcement|transfer|statistical|federated)[\s-])learn|explor|interest|goals?\b|next(?:\s|$)|future|want|wish|hobb|fun\b|pronoun|location|based\b|lives? in|time ?zone|contact|reach|e-?mail|mail\b|phone|website|blog|portfolio|award|education|degree|certif|compan|employer|clients?\b|customers?\b|sponsor|open to|looking for|availab|previous|former|past\b|(?<!\b(?:most|frequently|commonly|often|regularly|daily)[\s-])used (?:before|to)\b|before\b|back then|back in the day|years ago|\bnot\b|never|avoid|dislik|soon|someday|planned|todo\b|projects?\b|building\b|working on|reading|writ|publi|talks?\b|aprend|estudi|apprend|lerne|projet|proyecto|projeto|anteriormente|antes\b|autrefois|fr[üu]her)/i;
// A sentence of the author's past claims nothing now ("I used to write PHP years ago."); a qualifier in a
// list ("Docker (used to be Swarm)") does not speak for the line.
const PAST_SENTENCE =
  /^(?:I|I['’]ve|I['’]d|My|We)\b.*\b(?:used to|in the past|years ago|back in the day|previously|formerly)\b/i;
// An e-mail address or a phone number on the line: a contact line, whatever else it holds.
// Each part is bounded and the address starts where a name does: linear.
const CONTACT = /(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.[a-z]{2,24}|\+\d[\d\s().-]{7,24}\d/i;
// A bare address in the text ("https://…", "www.…") names no technology by its words.
const BARE_URL = /\b(?:https?:\/\/|www\.)\S+/gi;

const HEAD = 300;

/** "**June 2023 - Present**": a line that is only a period (a job's dates under a "… Tech Inc." heading). */
function onlyPeriod(text: string): boolean {
  const dated = /\d{4}/.test(text) ? parsePeriod(text) : null;
  return dated !== null && !/\p{L}{2}/u.test(dated.before) && !/\p{L}{2}/u.test(dated.after);
}

// "**🤖 AI & Agentic Workflows**", "Data & Databases": two unknown words joined by "&" name a group of the
// list, not a skill ("Docker & Kubernetes" names two known ones and is read as they are).
const JOINED = /^(\S+(?: \S+)?) (?:&|and|y|e|et|und) (\S+(?: \S+)?)$/;
// "Streaming & Processing": a technology named like a gerund is the group's word here, not the language.
const GERUND = /^\p{L}{5,}ing$/iu;
const namesTool = (part: string): boolean => isKnownSkill(part) && !GERUND.test(part);
function isGroupName(item: string): boolean {
  const joined = JOINED.exec(item);
  return joined !== null && !isKnownSkill(item) && !namesTool(joined[1]!) && !namesTool(joined[2]!);
}

// A learning lead-in that ends in a colon ("Things I want to pick up next:", "I'd like to learn:") speaks for
// the list items right below it: they are not yet the author's either.
const LEAD_IN_END = /[:：]\s*(?:\p{Extended_Pictographic}\uFE0F?\s*){0,3}$/u;
const LEARNING_LEAD =
  /\b(?:next(?![.\s-]?js)|to learn|to pick up|to try|on my (?:list|radar)|wish ?list|planned|someday)\b/i;
export const claimsNothingAsLeadIn = (text: string): boolean =>
  text.length <= 120 && LEAD_IN_END.test(text) && (isLearning(text) || LEARNING_LEAD.test(text));

/** The label and names a line of a skills section claims, or null when it claims none. */
export function sectionLineNames(line: ContentLine): LineNames | null {
  if (line.type === 'row') {
    // "| Aprendiendo | Zig, Gleam |", "| Comunicación | Slack, Zoom |": a row label that claims nothing.
    const first = line.cells?.[0]?.trim() ?? '';
    const byCategory = first !== '' && isCategoryRow(line.header, (line.cells ?? []).slice(0, 2));
    if (byCategory && (rowClaimsNothing(first, isLearning) || NO_CLAIM_LABEL.test(first))) return null;
    return skillRowNames(line);
  }
  if (isLearning(line.text) || isCreditLine(line.text) || onlyPeriod(line.text)) return null;
  if (CONTACT.test(line.text)) return null;
  const bare = line.text.includes('www.') || line.text.includes('://');
  const raw = bare ? line.text.replace(BARE_URL, '').trim() : line.text;
  // normalise reads a label's head only (its first 300 characters): a long list keeps the rest.
  const text = raw.length > HEAD ? normalise(raw.slice(0, HEAD)) + raw.slice(HEAD) : normalise(raw);
  if (!text || PAST_SENTENCE.test(text)) return null;
  const { label, names } = splitSkillLine(text);
  if (label !== null && (NO_CLAIM_LABEL.test(label) || isFigure(label))) return null;
  if (label === null && names.length === 1 && isGroupName(names[0]!)) return null;
  return skillLineNames(text === line.text ? line : { ...line, text });
}
