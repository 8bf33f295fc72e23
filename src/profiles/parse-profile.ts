// parseProfile: one file's bytes → a validated Profile or a rejection (file, line, why). Never throws.
import { basename, extname } from 'node:path';
import type { z } from 'zod';
import { decodeProfileBytes } from './decode/decode.js';
import { extractCertifications } from './extract/extract-certifications.js';
import { extractContacts } from './extract/extract-contacts.js';
import { extractExperience } from './extract/extract-experience.js';
import { extractIdentity } from './extract/extract-identity.js';
import { extractSkills } from './extract/extract-skills.js';
import { linkFullName } from './extract/link-full-name.js';
import { statedAliases } from './extract/stated-aliases.js';
import { parseJsonResume } from './json-resume/json-resume.js';
import { buildSections } from './markdown/build-sections.js';
import { parseMarkdown } from './markdown/markdown.js';
import { boundProfile } from './model/bound-profile.js';
import { compactProfile } from './model/compact-profile.js';
import { copyValidProfile } from './model/copy-valid-profile.js';
import type { ParseResult } from './model/parse-result.js';
import { createPrivateMatcher, privateKinds } from './model/private-matcher.js';
import { type Contact, type Profile, ProfileSchema } from './model/profile.js';
import { redactDocument, redactProfile } from './model/redact-private.js';
import { salvageProfile } from './model/salvage-profile.js';

export type { ParseResult } from './model/parse-result.js';

export interface ParseOptions {
  /** Larger files are rejected unread (default 1 MiB). */
  maxBytes?: number;
  /**
   * Runs each step of the markdown pipeline by name (the bench's parse-stages.ts times them); by default
   * each step simply runs. A JSON Resume is one step.
   */
  stage?: <R>(name: string, run: () => R) => R;
}

const runStep = <R>(_name: string, run: () => R): R => run();

const MARKDOWN = new Set(['.md', '.markdown']);

/** The file name and line travel in their own fields; the reason says why, for a human to act on. */
export function rejection(file: string, why: string, line: number | null = null): ParseResult {
  return { ok: false, rejected: { file, line, reason: why } };
}

/** The `line` of the object a zod issue points into, when the path reaches one. */
function lineAt(value: unknown, path: readonly PropertyKey[]): number | null {
  let node = value;
  let line: number | null = null;
  for (const key of path) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[key];
    const own = node && typeof node === 'object' ? (node as { line?: unknown }).line : undefined;
    if (typeof own === 'number') line = own;
  }
  return line;
}

export function validateProfile(built: Profile, file: string): ParseResult {
  // Bounded first: validation, salvage and compaction each copy the profile.
  const candidate = boundProfile(built);
  // The usual case, a valid profile, in one pass; anything it refuses gets zod's full reading below.
  const valid = copyValidProfile(candidate);
  if (valid) return { ok: true, profile: valid };
  const parsed = ProfileSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, profile: compactProfile(parsed.data) };
  // One bad item (an empty link, a blank JSON Resume job) costs that item, not the person.
  const salvaged = salvageProfile(candidate, parsed.error.issues);
  if (salvaged) {
    const again = ProfileSchema.safeParse({
      ...salvaged.profile,
      warnings: [...salvaged.profile.warnings, ...salvaged.warnings],
    });
    if (again.success) return { ok: true, profile: compactProfile(again.data) };
  }
  const issues: z.core.$ZodIssue[] = parsed.error.issues;
  const first = issues[0];
  const described = issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(profile)'}: ${i.message}`)
    .join('; ');
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  return rejection(
    file,
    `not a valid profile: ${described}${more}`,
    first ? lineAt(candidate, first.path) : null,
  );
}

function parseMarkdownProfile(bytes: Uint8Array, file: string, options: ParseOptions): ParseResult {
  const step = options.stage ?? runStep;
  const decoded = step('decode', () => decodeProfileBytes(bytes, options));
  if (!decoded.ok) return rejection(file, decoded.reason);
  const { doc, warnings: markdownWarnings } = step('parseMarkdown (incl. markdown-it)', () =>
    parseMarkdown(decoded.text),
  );
  const identity = step('identity', () => extractIdentity(doc, file));
  const contacts = step('contacts', () =>
    extractContacts(doc, { id: identity.id, handle: identity.handle, name: identity.name }),
  );
  // Front matter `visibility` wins over whatever the extractor assumed.
  const visible = contacts.contacts.map((c: Contact) => ({
    ...c,
    visibility: identity.visibility[c.kind] ?? c.visibility,
  }));
  // Private details leave the document before anything else reads it (see redact-private.ts).
  const privacy = step('privacy', () => createPrivateMatcher(visible, privateKinds(identity.visibility)));
  const shown = privacy ? step('privacy', () => redactDocument(doc, privacy)) : doc;
  const handle = identity.handle ?? basename(file, extname(file));
  const skills = step('skills', () => extractSkills(shown));
  const experience = step('experience', () => extractExperience(shown, handle));
  const certifications = step('certifications', () => extractCertifications(shown));
  const aliases = step('aliases', () => statedAliases(doc.text, visible, handle));
  const linkName = linkFullName(identity.name, handle, visible);
  const sections = step('sections', () => buildSections(shown));
  const profile: Profile = {
    id: identity.id,
    file,
    format: 'markdown',
    name: identity.name,
    nameSource: identity.nameSource,
    handle: identity.handle,
    aliases: [...new Set([...identity.aliases, ...aliases, ...(linkName ? [linkName] : [])])],
    pronouns: identity.pronouns,
    headline: identity.headline,
    listed: identity.listed,
    skills: skills.skills,
    contacts: visible,
    experience: experience.experience,
    certifications: certifications.certifications,
    sections,
    warnings: [
      ...decoded.warnings,
      ...markdownWarnings,
      ...identity.warnings,
      ...skills.warnings,
      ...contacts.warnings,
      ...experience.warnings,
      ...certifications.warnings,
    ],
  };
  return step('validate + compact', () =>
    validateProfile(privacy ? redactProfile(profile, privacy) : profile, file),
  );
}

export function parseProfile(bytes: Uint8Array, file: string, options: ParseOptions = {}): ParseResult {
  try {
    const extension = extname(file).toLowerCase();
    if (MARKDOWN.has(extension)) return parseMarkdownProfile(bytes, file, options);
    if (extension === '.json')
      return (options.stage ?? runStep)('json resume (whole)', () => {
        const decoded = decodeProfileBytes(bytes, options);
        if (!decoded.ok) return rejection(file, decoded.reason);
        const resume = parseJsonResume(decoded.text, file);
        return resume.ok ? validateProfile(resume.profile, file) : resume;
      });
    return rejection(file, `unsupported file type "${extension || '(none)'}": use .md, .markdown or .json`);
  } catch (error) {
    // A bug must cost one file, never the whole load.
    const why = error instanceof Error ? error.message : String(error);
    return rejection(file, `could not be parsed (internal error: ${why})`);
  }
}
