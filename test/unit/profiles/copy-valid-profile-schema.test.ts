// copyValidProfile copies ProfileSchema's fields by hand; this walks the schema itself so that a field
// added to it later (an optional one above all, which the property test's generator would not know) is
// caught if the fast path drops it.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { compactProfile } from '../../../src/profiles/model/compact-profile.js';
import { copyValidProfile } from '../../../src/profiles/model/copy-valid-profile.js';
import { ProfileSchema } from '../../../src/profiles/model/profile.js';

/**
 * A valid value for `schema` with every optional and nullable slot filled, read from the schema itself
 * (zod 4), so a field added to ProfileSchema shows up here without editing this test.
 */
function filledFrom(schema: z.ZodType): unknown {
  const def = (schema as unknown as { def: { type: string } }).def;
  const any = schema as unknown as {
    shape: Record<string, z.ZodType>;
    element: z.ZodType;
    options: readonly unknown[];
    unwrap(): z.ZodType;
  };
  switch (def.type) {
    case 'object':
      return Object.fromEntries(Object.entries(any.shape).map(([key, field]) => [key, filledFrom(field)]));
    case 'array':
      return [filledFrom(any.element)];
    case 'optional':
    case 'nullable':
      return filledFrom(any.unwrap());
    case 'enum':
      return any.options[0];
    case 'string':
      return 'ana'; // fits every string rule of the schema, PROFILE_ID included
    case 'number':
      return 1; // a line (positive) and a level (0-6)
    case 'boolean':
      return true;
    default:
      throw new Error(`filledFrom: no value for a zod ${def.type}`);
  }
}

/** Key paths present in `kept` (zod's output) but missing from `copy`. */
function missingKeys(kept: unknown, copy: unknown, at = ''): string[] {
  if (typeof kept !== 'object' || kept === null) return [];
  if (typeof copy !== 'object' || copy === null) return [at || '(root)'];
  const missing: string[] = [];
  for (const [key, value] of Object.entries(kept)) {
    const path = at ? `${at}.${key}` : key;
    if (!(key in copy)) missing.push(path);
    else missing.push(...missingKeys(value, (copy as Record<string, unknown>)[key], path));
  }
  return missing;
}

/** The path copyValidProfile replaces: zod's parse, then compactProfile's JSON copy and sharing. */
function viaZod(candidate: unknown) {
  const parsed = ProfileSchema.safeParse(candidate);
  return parsed.success ? compactProfile(parsed.data) : null;
}

describe('copyValidProfile against the schema', () => {
  it('keeps every key zod keeps when every optional field of ProfileSchema is filled', () => {
    const full = filledFrom(ProfileSchema);
    const expected = viaZod(structuredClone(full));
    const copy = copyValidProfile(full);
    expect(expected).not.toBeNull();
    expect(copy).not.toBeNull();
    expect(missingKeys(expected, copy)).toEqual([]);
    expect(copy).toStrictEqual(expected);
  });
});
