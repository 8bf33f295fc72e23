// Rate limits: per-user and per-community budgets per minute, local surfaces exempt, memory bounded.
import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../src/app/rate-limiter.js';
import type { Invocation } from '../../../src/engine/invocation.js';

const ask = (
  user: string,
  community = 'guild-1',
  platform: Invocation['platform'] = 'discord',
): Invocation => ({
  platform,
  command: 'skills',
  args: {},
  user: { id: user },
  community,
});

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('createRateLimiter', () => {
  it('lets a user ask their per-minute budget, then says how long to wait', () => {
    const c = clock();
    const limiter = createRateLimiter({ userPerMinute: 3, communityPerMinute: 100, now: c.now });
    expect([1, 2, 3].map(() => limiter.take(ask('u1')).ok)).toEqual([true, true, true]);
    expect(limiter.take(ask('u1'))).toEqual({ ok: false, scope: 'user', retryAfterSeconds: 20 });
    expect(limiter.take(ask('u2')).ok).toBe(true);
  });

  it('refills continuously: one request per (60 / budget) seconds', () => {
    const c = clock();
    const limiter = createRateLimiter({ userPerMinute: 6, communityPerMinute: 100, now: c.now });
    for (let i = 0; i < 6; i++) limiter.take(ask('u1'));
    expect(limiter.take(ask('u1')).ok).toBe(false);
    c.advance(9_000);
    expect(limiter.take(ask('u1'))).toEqual({ ok: false, scope: 'user', retryAfterSeconds: 1 });
    c.advance(1_000);
    expect(limiter.take(ask('u1')).ok).toBe(true);
    expect(limiter.take(ask('u1')).ok).toBe(false);
  });

  it('caps a whole guild or workspace, across users', () => {
    const c = clock();
    const limiter = createRateLimiter({ userPerMinute: 10, communityPerMinute: 4, now: c.now });
    for (const user of ['a', 'b', 'c', 'd']) expect(limiter.take(ask(user)).ok).toBe(true);
    expect(limiter.take(ask('e'))).toEqual({ ok: false, scope: 'community', retryAfterSeconds: 15 });
    expect(limiter.take(ask('e', 'guild-2')).ok).toBe(true);
  });

  it('charges nothing for a refused request', () => {
    const c = clock();
    const limiter = createRateLimiter({ userPerMinute: 1, communityPerMinute: 2, now: c.now });
    expect(limiter.take(ask('a')).ok).toBe(true);
    for (let i = 0; i < 5; i++) expect(limiter.take(ask('a')).ok).toBe(false);
    // Had the refusals been charged to the guild, b would be refused too.
    expect(limiter.take(ask('b')).ok).toBe(true);
  });

  it('never limits the local shell or the command line', () => {
    const limiter = createRateLimiter({ userPerMinute: 1, communityPerMinute: 1 });
    for (let i = 0; i < 50; i++) {
      expect(limiter.take(ask('me', 'local', 'shell')).ok).toBe(true);
      expect(limiter.take(ask('me', 'local', 'cli')).ok).toBe(true);
    }
    expect(limiter.size()).toBe(0);
  });

  it('keeps memory bounded by dropping the least recently used buckets', () => {
    const limiter = createRateLimiter({ userPerMinute: 1, communityPerMinute: 1_000_000, maxKeys: 100 });
    for (let i = 0; i < 10_000; i++) limiter.take(ask(`user-${i}`));
    expect(limiter.size()).toBe(100);
  });
});
