// employerOpening: "At Acme, he builds loyalty programs…" / "At Acme, I lead…": a sentence that opens with
// an organisation and goes on with its subject at work names an employer (third-person bios included).
import type { Experience } from '../model/profile.js';
import { isWellKnownSkill } from '../vocabulary/skill-aliases.js';

// "At <Capitalised words>, <subject> <verb>": one to four capitalised words. No `i` flag: with it \p{Lu}
// would match lowercase letters too.
const OPENING =
  /^[^\p{L}\p{N}]{0,6}(?:[Cc]urrently\s|[Nn]ow\s)?[Aa]t\s([\p{Lu}\d][^\s,]{0,40}(?:\s[\p{Lu}\d&][^\s,]{0,40}){0,3}),\s(?:he|she|they|I|we|He|She|They|We|\p{Lu}\p{Ll}{1,20})\s(\p{L}{2,20})/u;
const SENTENCE = /(?<=[.!?])\s+/;
const QUICK = /\b[Aa]t\s\p{Lu}/u;
// Verbs of a visit, a talk or a school, not a job.
const NOT_WORK =
  /^(?:spoke|speaks|talked|talks|gave|gives|presented|presents|attended|attends|won|wins|met|meets|studied|studies|learned|learnt|learns|graduated|visited|will|would|could|can|may)$/i;

export function employerOpening(text: string, line: number | null): Experience[] {
  if (text.length > 2000 || !QUICK.test(text)) return [];
  const out: Experience[] = [];
  for (const sentence of text.split(SENTENCE).slice(0, 20)) {
    const match = OPENING.exec(sentence);
    if (!match) continue;
    const organization = match[1]!.replace(/(?<!\.)\.+$/, '');
    if (NOT_WORK.test(match[2]!) || isWellKnownSkill(organization) || organization.length < 2) continue;
    out.push({ text: text.trim(), title: null, organization, period: null, highlights: [], line });
    if (out.length >= 3) break;
  }
  return out;
}
