// The validated Profile model: the one shape every later stage (index, engine, renderers) reads.
import { z } from 'zod';
import { CONTACT_KINDS, NAME_SOURCES, PROFILE_ID, SECTION_KINDS, SKILL_SOURCES } from './profile-literals.js';

export { CONTACT_KINDS, NAME_SOURCES, PROFILE_ID, SECTION_KINDS, SKILL_SOURCES };

export const ContactKindSchema = z.enum(CONTACT_KINDS);
export type ContactKind = z.infer<typeof ContactKindSchema>;

export const SectionKindSchema = z.enum(SECTION_KINDS);
export type SectionKind = z.infer<typeof SectionKindSchema>;

/** 1-based line in the decoded source text; null when the datum did not come from a line (JSON, front matter). */
const Line = z.number().int().positive().nullable();

export const SkillSchema = z.object({
  /** Canonical name ("PostgreSQL", never "postgres"). */
  name: z.string().min(1),
  /** Sub-heading or "Label:" prefix it was listed under ("Backend & Data", "AWS"). */
  category: z.string().min(1).nullable(),
  /** The text it was read from, for "who knows X" evidence. */
  evidence: z.string(),
  /** Where it came from: a list, a table, a badge image, an icon set, JSON Resume, front matter, or a sentence
   * outside a skills section ('prose': mentioned, not listed; whoknows ranks it after those who list it). */
  source: z.enum(SKILL_SOURCES),
  line: Line,
});
export type Skill = z.infer<typeof SkillSchema>;

export const ContactSchema = z.object({
  kind: ContactKindSchema,
  /** The address or full URL as written. */
  value: z.string().min(1),
  /** What the profile calls it ("LinkedIn", "Email", "Twitter/X"). */
  label: z.string().min(1),
  /** Front matter `visibility` may mark a kind private: then it is never shown to others. */
  visibility: z.enum(['public', 'private']),
  line: Line,
});
export type Contact = z.infer<typeof ContactSchema>;

export const ExperienceSchema = z.object({
  /** The entry as written, one line of plain text. */
  text: z.string().min(1),
  title: z.string().min(1).nullable(),
  organization: z.string().min(1).nullable(),
  period: z.string().min(1).nullable(),
  /** Bullet highlights under an entry heading. */
  highlights: z.array(z.string()),
  line: Line,
});
export type Experience = z.infer<typeof ExperienceSchema>;

export const CertificationSchema = z.object({
  name: z.string().min(1),
  issuer: z.string().min(1).nullable(),
  url: z.string().min(1).nullable(),
  line: Line,
});
export type Certification = z.infer<typeof CertificationSchema>;

export const LinkSchema = z.object({ text: z.string(), url: z.string().min(1) });
export type Link = z.infer<typeof LinkSchema>;

export const SectionSchema = z.object({
  /** Unique within the profile: slug of the heading path ("core-technical-stack/backend-data"). */
  id: z.string().min(1),
  /** Heading text with emoji and decoration removed ("Core Technical Stack"). */
  title: z.string(),
  /** Heading text as written, after decoding ("🛠 Core Technical Stack"). */
  rawTitle: z.string(),
  kind: SectionKindSchema,
  /** Heading depth 1–6; 0 for the untitled preamble before the first heading. */
  level: z.number().int().min(0).max(6),
  /** Id of the enclosing section, null at the top. */
  parentId: z.string().nullable(),
  /** Plain text of the section's own content (not its children's), paragraphs separated by blank lines. */
  text: z.string(),
  /** List items of its own content, as plain text, in order (nested items flattened). */
  items: z.array(z.string()),
  links: z.array(LinkSchema),
  line: z.number().int().positive(),
});
export type Section = z.infer<typeof SectionSchema>;

export const WarningSchema = z.object({
  code: z.string().min(1),
  message: z.string().min(1),
  line: Line,
});
export type ParseWarning = z.infer<typeof WarningSchema>;

export const NameSourceSchema = z.enum(NAME_SOURCES);
export type NameSource = z.infer<typeof NameSourceSchema>;

export const ProfileSchema = z.object({
  /** Stable id: front matter `id`, else the file name without extension, slugged. */
  id: z.string().regex(PROFILE_ID),
  /** File name relative to the profiles folder. */
  file: z.string().min(1),
  format: z.enum(['markdown', 'json-resume']),
  name: z.string().min(1),
  /** Optional so profiles built elsewhere (tests, benches) stay valid; both parsers always set it. */
  nameSource: NameSourceSchema.optional(),
  handle: z.string().min(1).nullable(),
  aliases: z.array(z.string().min(1)),
  pronouns: z.string().min(1).nullable(),
  headline: z.string().min(1).nullable(),
  /** False hides the person from `people` and `whoknows` (front matter `listed: false`). */
  listed: z.boolean(),
  skills: z.array(SkillSchema),
  contacts: z.array(ContactSchema),
  experience: z.array(ExperienceSchema),
  certifications: z.array(CertificationSchema),
  sections: z.array(SectionSchema),
  warnings: z.array(WarningSchema),
});
export type Profile = z.infer<typeof ProfileSchema>;

/** A file that could not become a Profile, with the reason a human can act on. */
export interface RejectedFile {
  file: string;
  reason: string;
  line: number | null;
}
