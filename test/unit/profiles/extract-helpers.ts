// Test helper: parse a fixture or seed file through the real pipeline and return the Profile.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Profile } from '../../../src/profiles/model/profile.js';
import { parseProfile } from '../../../src/profiles/parse-profile.js';

const root = join(import.meta.dirname, '../../..');

export function parsed(path: string): Profile {
  const result = parseProfile(readFileSync(join(root, path)), basename(path));
  if (!result.ok) throw new Error(`${path} was rejected: ${result.rejected.reason}`);
  return result.profile;
}

export function rejected(path: string): string {
  const result = parseProfile(readFileSync(join(root, path)), basename(path));
  if (result.ok) throw new Error(`${path} was accepted`);
  return result.rejected.reason;
}
