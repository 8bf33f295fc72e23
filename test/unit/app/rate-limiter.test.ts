// Rate limits: per-user and per-community budgets per one-minute window, refused requests free, local
// surfaces exempt. (Shared budgets on Redis are tested in test/e2e/redis.)
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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

async function okays(limiter: ReturnType<typeof createRateLimiter>, asks: Invocation[]) {
  const out: boolean[] = [];
  for (const a of asks) out.push((await limiter.take(a)).ok);
  return out;
}

describe('createRateLimiter', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000, toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lets a user ask their per-minute budget, then says how long to wait', async () => {
    const limiter = createRateLimiter({ userPerMinute: 3, communityPerMinute: 100 });
    expect(await okays(limiter, [ask('u1'), ask('u1'), ask('u1')])).toEqual([true, true, true]);
    vi.advanceTimersByTime(15_000);
    expect(await limiter.take(ask('u1'))).toEqual({ ok: false, scope: 'user', retryAfterSeconds: 45 });
    expect((await limiter.take(ask('u2'))).ok).toBe(true);
  });

  it('gives a fresh budget once the minute that the first request opened has passed', async () => {
    const limiter = createRateLimiter({ userPerMinute: 6, communityPerMinute: 100 });
    for (let i = 0; i < 6; i++) await limiter.take(ask('u1'));
    expect((await limiter.take(ask('u1'))).ok).toBe(false);
    vi.advanceTimersByTime(59_000);
    expect(await limiter.take(ask('u1'))).toEqual({ ok: false, scope: 'user', retryAfterSeconds: 1 });
    vi.advanceTimersByTime(1_000);
    expect(
      await okays(
        limiter,
        Array.from({ length: 7 }, () => ask('u1')),
      ),
    ).toEqual([...Array(6).fill(true), false]);
  });

  it('caps a whole guild or workspace, across users', async () => {
    const limiter = createRateLimiter({ userPerMinute: 10, communityPerMinute: 4 });
    for (const user of ['a', 'b', 'c', 'd']) expect((await limiter.take(ask(user))).ok).toBe(true);
    expect(await limiter.take(ask('e'))).toEqual({ ok: false, scope: 'community', retryAfterSeconds: 60 });
    expect((await limiter.take(ask('e', 'guild-2'))).ok).toBe(true);
  });

  it('charges nothing for a refused request', async () => {
    const limiter = createRateLimiter({ userPerMinute: 1, communityPerMinute: 2 });
    expect((await limiter.take(ask('a'))).ok).toBe(true);
    for (let i = 0; i < 5; i++) expect((await limiter.take(ask('a'))).ok).toBe(false);
    // Had the refusals been charged to the guild, b would be refused too.
    expect((await limiter.take(ask('b'))).ok).toBe(true);
  });

  it('keeps budgets of the same user id apart on different platforms', async () => {
    const limiter = createRateLimiter({ userPerMinute: 1, communityPerMinute: 100 });
    expect((await limiter.take(ask('same'))).ok).toBe(true);
    expect((await limiter.take(ask('same', 'team-1', 'slack'))).ok).toBe(true);
    expect((await limiter.take(ask('same'))).ok).toBe(false);
  });

  it('never limits the local shell or the command line', async () => {
    const limiter = createRateLimiter({ userPerMinute: 1, communityPerMinute: 1 });
    for (let i = 0; i < 50; i++) {
      expect((await limiter.take(ask('me', 'local', 'shell'))).ok).toBe(true);
      expect((await limiter.take(ask('me', 'local', 'cli'))).ok).toBe(true);
    }
  });
});
