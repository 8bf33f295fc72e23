// readFrontMatter: the profile keys of YAML front matter (name, handle, aliases, pronouns, id, listed,
// headline, visibility), each validated on its own so one bad key warns instead of losing the rest.
import { z } from 'zod';
import { CONTACT_KINDS, type ContactKind, type ParseWarning } from '../model/profile.js';

export type ContactVisibility = Partial<Record<ContactKind, 'public' | 'private'>>;

export interface FrontMatterIdentity {
  id: string | null;
  name: string | null;
  handle: string | null;
  aliases: string[];
  pronouns: string | null;
  headline: string | null;
  listed: boolean;
  visibility: ContactVisibility;
}

const Text = z
  .union([z.string(), z.number()])
  .transform((v) => String(v).trim())
  .pipe(z.string().min(1));
const TextList = z.union([
  z.array(Text),
  z.string().transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  ),
]);
const Flag = z.union([
  z.boolean(),
  z.enum(['true', 'false', 'yes', 'no']).transform((v) => v === 'true' || v === 'yes'),
]);
const Level = z.enum(['public', 'private']);
const Visibility = z.partialRecord(z.enum([...CONTACT_KINDS, 'contacts']), Level);

const KEYS = {
  id: Text,
  name: Text,
  handle: Text,
  aliases: TextList,
  pronouns: Text,
  headline: Text,
  listed: Flag,
  visibility: z.union([Level, Visibility]),
} as const;

function pick<K extends keyof typeof KEYS>(
  fm: Record<string, unknown>,
  key: K,
  warnings: ParseWarning[],
): z.output<(typeof KEYS)[K]> | null {
  if (fm[key] === undefined || fm[key] === null) return null;
  const parsed = KEYS[key].safeParse(fm[key]);
  if (parsed.success) return parsed.data as z.output<(typeof KEYS)[K]>;
  const issue = parsed.error.issues[0];
  warnings.push({
    code: 'front-matter-key-invalid',
    message: `front matter "${key}" ignored: ${issue?.message ?? 'invalid value'}`,
    line: null,
  });
  return null;
}

/** `visibility: private` hides every contact; `{ email: private }` hides one kind; `contacts:` sets the default. */
function expandVisibility(value: z.output<typeof KEYS.visibility> | null): ContactVisibility {
  if (value === null) return {};
  const all = (level: 'public' | 'private') => Object.fromEntries(CONTACT_KINDS.map((k) => [k, level]));
  if (typeof value === 'string') return all(value);
  const { contacts, ...kinds } = value;
  return { ...(contacts ? all(contacts) : {}), ...kinds };
}

export function readFrontMatterIdentity(
  fm: Record<string, unknown>,
  warnings: ParseWarning[],
): FrontMatterIdentity {
  return {
    id: pick(fm, 'id', warnings),
    name: pick(fm, 'name', warnings),
    handle: pick(fm, 'handle', warnings)?.replace(/^@/, '') || null,
    aliases: pick(fm, 'aliases', warnings) ?? [],
    pronouns: pick(fm, 'pronouns', warnings),
    headline: pick(fm, 'headline', warnings),
    listed: pick(fm, 'listed', warnings) ?? true,
    visibility: expandVisibility(pick(fm, 'visibility', warnings)),
  };
}
