// Test helper: a real engine over a real profile folder (the loader and index under test elsewhere).
import { join } from 'node:path';
import { createEngine } from '../../../src/engine/create-engine.js';
import type { Engine } from '../../../src/engine/engine.js';
import type { Reply } from '../../../src/engine/reply.js';
import { loadProfiles } from '../../../src/profiles/store/load-profiles.js';
import { createProfileIndex } from '../../../src/search/profile-index.js';
import type { ProfileIndex } from '../../../src/search/search-types.js';

export const ROOT = join(import.meta.dirname, '../../..');
export const SEEDS = join(ROOT, 'profiles');
export const FIXTURES = join(ROOT, 'test/fixtures/engine');

export interface TestEngine {
  engine: Engine;
  index: ProfileIndex;
  /** Parses and answers a typed line, as the shell does. */
  ask(line: string): Reply;
}

export async function loadTestEngine(
  dir: string,
  options: { defaultProfile?: string | null; contactEphemeral?: boolean } = {},
): Promise<TestEngine> {
  const { profiles, rejected } = await loadProfiles(dir);
  if (rejected.length > 0) throw new Error(`fixture rejected: ${JSON.stringify(rejected)}`);
  const index = createProfileIndex(profiles);
  const engine = createEngine({
    index: () => index,
    defaultProfile: options.defaultProfile ?? null,
    contactEphemeral: options.contactEphemeral ?? true,
  });
  return { engine, index, ask: (line) => engine.answer(engine.parse(line, { platform: 'shell' })) };
}

/** Narrows a reply to one kind, failing with the reply shown when it is another. */
export function expectKind<K extends Reply['kind']>(reply: Reply, kind: K): Extract<Reply, { kind: K }> {
  if (reply.kind !== kind) throw new Error(`expected a ${kind} reply, got ${JSON.stringify(reply, null, 2)}`);
  return reply as Extract<Reply, { kind: K }>;
}
