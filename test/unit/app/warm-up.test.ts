// A server warms its answers before serving: the made-up questions walk the whole free-text rule table,
// so no real question pays for compiling its patterns.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WARM_UP_QUESTIONS, warmUp } from '../../../src/app/warm-up.js';
import { INTENT_RULES } from '../../../src/engine/intent-rules.js';
import { loadTestEngine, ROOT } from '../engine/load-test-engine.js';

describe('warmUp', () => {
  it('asks a first question no free-text rule reads, so every pattern of the table runs once', () => {
    expect(INTENT_RULES.filter((rule) => rule.pattern.test(WARM_UP_QUESTIONS[0]!))).toEqual([]);
  });

  it('answers every warm-up question over a real folder without throwing, and says how long it took', async () => {
    const t = await loadTestEngine(join(ROOT, 'test/fixtures/team'));
    expect(warmUp(t.engine)).toBeGreaterThanOrEqual(0);
  });
});
