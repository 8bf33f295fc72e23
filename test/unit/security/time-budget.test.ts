// Time budgets as properties: mutated and random profiles parse within 50 ms of CPU per 10 KB and
// never throw; hostile messages get an answer within 20 ms. `npm run fuzz` runs the same for 100,000.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/engine/engine.js';
import {
  loadFuzzEngine,
  MESSAGE_BUDGET_MS,
  messageTarget,
  parseTarget,
  profileBudgetMs,
  timeRun,
} from '../../fuzz/fuzz-targets.js';
import { anyProfile, hostileMessage, SEED_PROFILES } from '../../fuzz/generators.js';
import { frontMatterProfile, htmlProfile, jsonResume } from '../../fuzz/shape-generators.js';

// npm test runs two test files at once on a 2-core machine: CPU time per input there carries the other
// worker's cache and GC pressure, so the suite allows twice the budget (the defects it guards against took
// seconds); `npm run fuzz` holds the budgets themselves.
const SUITE_FACTOR = 2;
const SUITE_MESSAGE_BUDGET_MS = MESSAGE_BUDGET_MS * SUITE_FACTOR;

let engine: Engine;
beforeAll(async () => {
  engine = await loadFuzzEngine();
  // Warm-up: module initialisation and JIT belong to start-up, not to one input's budget.
  for (const seed of SEED_PROFILES) parseTarget(seed)();
  // The HTML parser's and YAML library's error paths (misnested tags, one YAML error a line) compile on
  // first use: a cold first input took 3-5x its warm time.
  for (const arbitrary of [htmlProfile(SEED_PROFILES), frontMatterProfile(SEED_PROFILES)])
    for (const text of fc.sample(arbitrary, { numRuns: 30, seed: 1 })) parseTarget(text)();
  for (const text of fc.sample(jsonResume, { numRuns: 5, seed: 1 })) parseTarget(text, 'fuzz.json')();
  for (const line of [
    '/section rajat values',
    'who knows rust?',
    '/search kubernetes',
    'rajat',
    // Lazily built on first use: the technology vocabulary, described-person and headline lookups.
    'what does ada know about kubernetes',
    'the rust person',
    'who knows zzyzx',
  ]) {
    messageTarget(engine, line)();
  }
}, 60_000);

describe('time budgets', () => {
  it('parses every mutated or random profile within 100 ms per 10 KB here (50 ms in npm run fuzz), without throwing', () => {
    fc.assert(
      fc.property(anyProfile, (text) => {
        const bytes = new TextEncoder().encode(text).length;
        const budget = profileBudgetMs(bytes) * SUITE_FACTOR;
        const { ms, error } = timeRun(parseTarget(text), budget);
        expect(error).toBeNull();
        expect(ms, `${bytes} bytes took ${ms.toFixed(1)} ms`).toBeLessThanOrEqual(budget);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('parses every generated JSON Resume (deep, truncated, thousands of copies of one item) within 100 ms per 10 KB here, without throwing', () => {
    fc.assert(
      fc.property(jsonResume, (text) => {
        const bytes = new TextEncoder().encode(text).length;
        const budget = profileBudgetMs(bytes) * SUITE_FACTOR;
        const { ms, error } = timeRun(parseTarget(text, 'fuzz.json'), budget);
        expect(error).toBeNull();
        expect(ms, `${bytes} bytes took ${ms.toFixed(1)} ms`).toBeLessThanOrEqual(budget);
      }),
      { numRuns: 12 },
    );
  }, 60_000);

  it('answers every hostile message of up to 4,000 characters within 40 ms here (20 ms in npm run fuzz), without throwing', () => {
    fc.assert(
      fc.property(hostileMessage, (text) => {
        const { ms, error } = timeRun(messageTarget(engine, text), SUITE_MESSAGE_BUDGET_MS);
        expect(error).toBeNull();
        expect(ms, `${text.length} characters took ${ms.toFixed(1)} ms`).toBeLessThanOrEqual(
          SUITE_MESSAGE_BUDGET_MS,
        );
      }),
      { numRuns: 400 },
    );
  }, 60_000);
});
