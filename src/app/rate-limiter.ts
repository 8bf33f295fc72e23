// Per-user and per-community (guild / workspace) budgets per minute, on rate-limiter-flexible: memory
// limiters per replica, or Redis limiters shared by every replica (memory as their insurance while
// Redis is unreachable). Each budget is a fixed one-minute window opened by the key's first request.
import type { Redis } from 'ioredis';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import type { Invocation } from '../engine/invocation.js';

export type RateDecision =
  | { ok: true }
  | { ok: false; scope: 'user' | 'community'; retryAfterSeconds: number };

export interface RateLimiter {
  /** Takes one request from the user's and the community's budget, or says how long to wait. */
  take(invocation: Invocation): Promise<RateDecision>;
}

export interface RateLimiterOptions {
  userPerMinute: number;
  communityPerMinute: number;
  /** Shared budgets: the store's Redis connection, and where to count requests limited locally instead. */
  redis?: { client: Redis; fellBack(operation: string): void };
}

/** Local surfaces are the operator's own: never limited. */
const EXEMPT = new Set<Invocation['platform']>(['shell', 'cli']);
const WINDOW_S = 60;

interface Scope {
  scope: 'user' | 'community';
  key: string;
  limiter: RateLimiterAbstract;
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const memory = {
    user: new RateLimiterMemory({ keyPrefix: 'u', points: options.userPerMinute, duration: WINDOW_S }),
    community: new RateLimiterMemory({
      keyPrefix: 'c',
      points: options.communityPerMinute,
      duration: WINDOW_S,
    }),
  };
  const redis = options.redis;
  const shared = redis && {
    user: new RateLimiterRedis({
      storeClient: redis.client,
      keyPrefix: 'rl:u',
      points: options.userPerMinute,
      duration: WINDOW_S,
      rejectIfRedisNotReady: true,
      insuranceLimiter: memory.user,
    }),
    community: new RateLimiterRedis({
      storeClient: redis.client,
      keyPrefix: 'rl:c',
      points: options.communityPerMinute,
      duration: WINDOW_S,
      rejectIfRedisNotReady: true,
      insuranceLimiter: memory.community,
    }),
  };

  function limiters() {
    if (!redis || !shared) return memory;
    if (redis.client.status === 'ready') return shared;
    redis.fellBack('rate-limit');
    return memory;
  }

  return {
    async take(invocation) {
      if (EXEMPT.has(invocation.platform)) return { ok: true };
      const use = limiters();
      const scopes: Scope[] = [];
      if (invocation.community) {
        const key = `${invocation.platform}:${invocation.community}`;
        scopes.push({ scope: 'community', key, limiter: use.community });
      }
      if (invocation.user) {
        const key = `${invocation.platform}:${invocation.user.id}`;
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

/** consume() rejects with a RateLimiterRes when the budget is spent, or an Error when the store fails. */
function refusal(reason: unknown): { ok: false; msBeforeNext: number } {
  if (reason instanceof RateLimiterRes) return { ok: false, msBeforeNext: reason.msBeforeNext };
  throw reason;
}
