// Per-user and per-community (guild / workspace) budgets per minute, on rate-limiter-flexible: memory
// limiters per replica, or Redis limiters shared by every replica (memory as their insurance while
// Redis is unreachable). Each budget is a fixed one-minute window opened by the key's first request.
// Autocomplete has budgets of its own (Discord asks once per keystroke): typing never costs answers.
import type { Redis } from 'ioredis';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import type { Asker } from '../platforms/platform.js';

export type RateDecision =
  | { ok: true }
  | { ok: false; scope: 'user' | 'community'; retryAfterSeconds: number };

/** Which budgets a request draws on. */
export type RequestKind = 'answer' | 'autocomplete';

export interface RateLimiter {
  /** Takes one request from the user's and the community's budget, or says how long to wait. */
  take(asker: Asker, kind?: RequestKind): Promise<RateDecision>;
}

export interface RateLimiterOptions {
  userPerMinute: number;
  communityPerMinute: number;
  /** Shared budgets: the store's Redis connection, and where to count requests limited locally instead. */
  redis?: { client: Redis; fellBack(operation: string): void };
}

/** Local surfaces are the operator's own: never limited. */
const EXEMPT = new Set<Asker['platform']>(['shell', 'cli']);
const WINDOW_S = 60;
/** Autocomplete budgets per answer budget: about ten keystrokes per question asked. */
const AUTOCOMPLETE_FACTOR = 10;

interface Budgets {
  user: RateLimiterAbstract;
  community: RateLimiterAbstract;
}

interface Scope {
  scope: 'user' | 'community';
  key: string;
  limiter: RateLimiterAbstract;
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const redis = options.redis;
  const perKind = (kind: RequestKind, factor: number) => {
    const points = { user: options.userPerMinute * factor, community: options.communityPerMinute * factor };
    // Answer budgets keep their original key prefixes, so a rolling deploy shares the counts.
    const tag = kind === 'answer' ? '' : 'a';
    const memory: Budgets = {
      user: new RateLimiterMemory({ keyPrefix: `u${tag}`, points: points.user, duration: WINDOW_S }),
      community: new RateLimiterMemory({
        keyPrefix: `c${tag}`,
        points: points.community,
        duration: WINDOW_S,
      }),
    };
    const shared: Budgets | undefined = redis && {
      user: sharedBudget(redis.client, `rl:u${tag}`, points.user, memory.user),
      community: sharedBudget(redis.client, `rl:c${tag}`, points.community, memory.community),
    };
    return { memory, shared };
  };
  const budgets = {
    answer: perKind('answer', 1),
    autocomplete: perKind('autocomplete', AUTOCOMPLETE_FACTOR),
  };

  function limiters(kind: RequestKind): Budgets {
    const { memory, shared } = budgets[kind];
    if (!redis || !shared) return memory;
    if (redis.client.status === 'ready') return shared;
    redis.fellBack('rate-limit');
    return memory;
  }

  return {
    async take(asker, kind = 'answer') {
      if (EXEMPT.has(asker.platform)) return { ok: true };
      const use = limiters(kind);
      const scopes: Scope[] = [];
      if (asker.community) {
        const key = `${asker.platform}:${asker.community}`;
        scopes.push({ scope: 'community', key, limiter: use.community });
      }
      if (asker.user) {
        const key = `${asker.platform}:${asker.user.id}`;
        scopes.push({ scope: 'user', key, limiter: use.user });
      }
      const results = await Promise.all(
        scopes.map((s) => s.limiter.consume(s.key).then(() => ({ ok: true, msBeforeNext: 0 }), refusal)),
      );
      const refused = scopes
        .map((s, i) => ({ ...s, result: results[i]! }))
        .filter((s) => !s.result.ok)
        .sort((a, b) => b.result.msBeforeNext - a.result.msBeforeNext)[0];
      if (!refused) return { ok: true };
      // A refused request costs nothing: every budget it was counted against gets its point back.
      await Promise.all(scopes.map((s) => s.limiter.reward(s.key, 1).catch(() => undefined)));
      return {
        ok: false,
        scope: refused.scope,
        retryAfterSeconds: Math.max(1, Math.ceil(refused.result.msBeforeNext / 1000)),
      };
    },
  };
}

function sharedBudget(client: Redis, keyPrefix: string, points: number, insurance: RateLimiterAbstract) {
  return new RateLimiterRedis({
    storeClient: client,
    keyPrefix,
    points,
    duration: WINDOW_S,
    rejectIfRedisNotReady: true,
    insuranceLimiter: insurance,
  });
}

/** consume() rejects with a RateLimiterRes when the budget is spent, or an Error when the store fails. */
function refusal(reason: unknown): { ok: false; msBeforeNext: number } {
  if (reason instanceof RateLimiterRes) return { ok: false, msBeforeNext: reason.msBeforeNext };
  throw reason;
}
