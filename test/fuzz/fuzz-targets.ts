// What the fuzz and the property tests run, and their time budgets: parsing one profile, and
// answering one message through the real engine over the seed profiles and engine fixtures.
import { join } from 'node:path';
import { createEngine } from '../../src/engine/create-engine.js';
import type { Engine } from '../../src/engine/engine.js';
import { parseProfile } from '../../src/profiles/parse-profile.js';
import { loadProfiles } from '../../src/profiles/store/load-profiles.js';
import { renderText } from '../../src/render/text.js';
import { createProfileIndex } from '../../src/search/profile-index.js';
import { ROOT } from './generators.js';

/** 50 ms of CPU per 10 KB of profile (and at least 50 ms). */
export const profileBudgetMs = (bytes: number) => 50 * Math.max(1, bytes / 10_240);
/** CPU time to answer one message of up to 4,000 characters. */
export const MESSAGE_BUDGET_MS = 20;

export interface Timed {
  ms: number;
  error: unknown;
}

/**
 * CPU time (not wall time: a busy machine must not fail a budget) of one run; a run over `budget` is
 * repeated up to twice and the fastest kept, so a GC pause or a first compile is not mistaken for a
 * slow input (a super-linear one is slow every time).
 */
export function timeRun(run: () => void, budget: number): Timed {
  const once = (): Timed => {
    const before = process.cpuUsage();
    let error: unknown = null;
    try {
      run();
    } catch (caught) {
      error = caught ?? new Error('thrown: nullish');
    }
    const spent = process.cpuUsage(before);
    return { ms: (spent.user + spent.system) / 1000, error };
  };
  let best = once();
  for (let retry = 0; retry < 2 && !best.error && best.ms > budget; retry += 1) {
    const again = once();
    if (again.ms < best.ms) best = again;
  }
  return best;
}

/** `file` decides the format: `.md` (the default) or `.json` (JSON Resume). */
export function parseTarget(text: string, file = 'fuzz.md'): () => void {
  const bytes = new TextEncoder().encode(text);
  return () => {
    const result = parseProfile(bytes, file);
    if (!result.ok && result.rejected.reason.includes('internal error'))
      throw new Error(result.rejected.reason);
  };
}

export async function loadFuzzEngine(): Promise<Engine> {
  const loaded = await Promise.all(
    ['profiles', 'test/fixtures/engine'].map((dir) => loadProfiles(join(ROOT, dir))),
  );
  const index = createProfileIndex(loaded.flatMap((l) => l.profiles));
  return createEngine({ index: () => index, defaultProfile: null, contactEphemeral: true });
}

export function messageTarget(engine: Engine, text: string): () => void {
  return () => {
    renderText(engine.answer(engine.parse(text, { platform: 'shell' })));
  };
}
