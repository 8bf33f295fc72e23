// formName: the name a profile states as a form field — a "Name: Jiro" line, a key/value table row
// "| Name | Jiro (次郎) |", a terminal-style "<b>> ID:</b> ZakPT" — read like a code-mode bio's `name:` key.
import type { ContentLine } from '../markdown/content-lines.js';
import { readPersonName } from './read-person-name.js';

const NAME_LABEL =
  /^(?:(?:full\s)?name|real\s?name|nombre|nome|nom|имя|alias|nick(?:name)?|id|handle|이름|名前|姓名|名字)$/iu;
// "> ID: ZakPT", "- **Name:** Jiro", "Nome : Mateus": a label, a colon, the value and nothing else.
const LABEL_LINE = /^[>»•*\s-]{0,8}([\p{L}][\p{L} ]{0,12}?)\s{0,8}[:：]\s{0,3}(\S[^:：]{0,59})$/u;
// "Jiro (次郎)": the same name in another script, or a nickname, in brackets after it.
const ASIDE = /\s?[(（][^()（）]{1,40}[)）]$/u;

/** The value read as a whole name (its bracketed aside dropped), else null. */
function nameValue(value: string, handle: string | null): string | null {
  const bare = value.trim().replace(ASIDE, '').trim();
  const name = readPersonName(bare, { handle });
  return name && name === bare.replace(/^@/, '') ? name : null;
}

/** "Name: Jiro" as label and value, else null. */
function labelled(text: string): [string, string] | null {
  const field = text.length <= 90 ? LABEL_LINE.exec(text) : null;
  return field ? [field[1]!, field[2]!] : null;
}

/** The first name a form field among these lines states. */
export function formName(lines: readonly ContentLine[], handle: string | null): string | null {
  for (const line of lines) {
    const fields: [string, string][] = [];
    if (line.type === 'row' && line.cells?.length === 2) fields.push([line.cells[0]!.trim(), line.cells[1]!]);
    // A card's cell or a paragraph holding several "LABEL: value" lines (`<b>> ID:</b> ZakPT<br/>`).
    for (const part of line.text.split('\n', 12)) {
      const field = labelled(part.trim());
      if (field) fields.push(field);
    }
    for (const [label, value] of fields) {
      if (!NAME_LABEL.test(label.trim().replace(/\s+/g, ' '))) continue;
      const name = nameValue(value, handle);
      if (name) return name;
    }
  }
  return null;
}
