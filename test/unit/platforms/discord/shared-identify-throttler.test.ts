// The identify turn kept in a shared store: two machines (two throttlers, one store) never identify in the
// same bucket within a turn; other buckets go at once; a shard that closes stops waiting.
import { describe, expect, it } from 'vitest';
import { createSharedIdentifyThrottler } from '../../../../src/platforms/discord/shared-identify-throttler.js';
import { createMemoryStore } from '../../../../src/state/memory-store.js';

const TURN = 150;

function machines() {
  const store = createMemoryStore(); // stands in for the Redis both machines share
  const options = { store, maxConcurrency: 2, turnMs: TURN, pollMs: 10 };
  return [createSharedIdentifyThrottler(options), createSharedIdentifyThrottler(options)] as const;
}

describe('createSharedIdentifyThrottler', () => {
  it('makes a second machine wait out the turn of the same bucket', async () => {
    const [a, b] = machines();
    const start = performance.now();
    await a.waitForIdentify(0, new AbortController().signal);
    await b.waitForIdentify(2, new AbortController().signal); // 2 % 2: the same bucket as shard 0
    expect(performance.now() - start).toBeGreaterThanOrEqual(TURN - 5);
  });

  it('lets a shard in another bucket identify at once', async () => {
    const [a, b] = machines();
    await a.waitForIdentify(0, new AbortController().signal);
    const start = performance.now();
    await b.waitForIdentify(1, new AbortController().signal);
    expect(performance.now() - start).toBeLessThan(TURN / 2);
  });

  it('gives one turn at a time to shards racing for the same bucket', async () => {
    const [a, b] = machines();
    const signal = new AbortController().signal;
    const times: number[] = [];
    const at = () => times.push(performance.now());
    await Promise.all([
      a.waitForIdentify(0, signal).then(at),
      b.waitForIdentify(2, signal).then(at),
      a.waitForIdentify(4, signal).then(at),
    ]);
    times.sort((x, y) => x - y);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(TURN - 5);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(TURN - 5);
  });

  it('stops waiting when the shard is closed meanwhile', async () => {
    const [a, b] = machines();
    await a.waitForIdentify(0, new AbortController().signal);
    const closed = new AbortController();
    const waiting = b.waitForIdentify(0, closed.signal);
    closed.abort();
    await expect(waiting).rejects.toThrow();
  });
});
