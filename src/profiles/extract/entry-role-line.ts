// roleLine and loneName: the parts of a résumé entry written one per line — the employer with its dates
// ("🛠️ Hishabee Technologies Limited" / "⏳ 2023, July - Present") and the role below them ("📍 SR ANDROID
// DEVELOPER", "Должность: FullStack Developer, удаленно").
import { parsePeriod } from './parse-period.js';

/** "Position: …", "Должность: …", "Cargo: …": the label that says a line holds the role. */
const ROLE_LABEL =
  /^(?:position|role|job title|title|cargo|puesto|rol|fun[çc][ãa]o|poste|fonction|rolle|должность|позиция|роль|посада|職種|役職|职位|직책|직무)\s?[:：]\s?(\S[^\n]{0,200})$/iu;
const ICONS = /^(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|\u{20E3}|[•·▪◦*-]|\s)+/u;

/** The role a line under an entry's head states: labelled, or a short line of role words; else null. */
export function roleLine(text: string, isRole: (text: string) => boolean): string | null {
  const bare = text.replace(ICONS, '').trim();
  const labelled = ROLE_LABEL.exec(bare);
  // "FullStack Developer, удаленно, команда из 2 человек": the role is the first field.
  const role = labelled ? (labelled[1]!.split(/[,;]\s/)[0] ?? '').trim() : bare;
  if (role.length === 0 || role.length > 60 || role.split(/\s+/).length > 8) return null;
  if (!labelled && (!isRole(role) || /[.!?:]$/.test(role))) return null;
  return parsePeriod(role) === null ? role : null;
}

const SEPARATORS = /(?<!\s)\s+[—–|·-]\s+|,\s+/;
const ICON_ONLY = /^(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|\u{20E3}|\s)+$/u;

/** The one short name a dated line holds besides its dates ("🛠️ SOFTIC — ⏳ 2022, Oct - 2022, Dec"); else null. */
export function loneName(text: string, isRole: (text: string) => boolean): string | null {
  const rest = parsePeriod(text)?.rest;
  if (!rest) return null;
  const parts = rest
    .split(SEPARATORS)
    .map((p) => p.replace(ICONS, '').trim())
    .filter((p) => p.length > 0 && !ICON_ONLY.test(p));
  if (parts.length !== 1) return null;
  const name = parts[0]!;
  const ok = name.length <= 60 && name.split(/\s+/).length <= 6 && !isRole(name) && /\p{L}/u.test(name);
  return ok && !/[.!?:;]$/.test(name) ? name : null;
}
