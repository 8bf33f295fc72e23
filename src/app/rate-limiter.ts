// Per-user and per-community (guild / workspace) token buckets, refilled continuously per minute.
// Memory is bounded: least-recently-used buckets are dropped past `maxKeys` (a dropped bucket
// simply starts full again, which errs on the side of answering).
import type { Invocation } from '../engine/invocation.js';

export type RateDecision =
  | { ok: true }
  | { ok: false; scope: 'user' | 'community'; retryAfterSeconds: number };

export interface RateLimiter {
  /** Takes one token from the user's and the community's bucket, or says how long to wait. */
  take(invocation: Invocation): RateDecision;
  /** Buckets held right now (for tests and metrics). */
  size(): number;
}

export interface RateLimiterOptions {
  userPerMinute: number;
  communityPerMinute: number;
  /** Milliseconds clock, injectable for tests. */
  now?: () => number;
  maxKeys?: number;
}

/** Local surfaces are the operator's own: never limited. */
const EXEMPT = new Set<Invocation['platform']>(['shell', 'cli']);

interface Bucket {
  tokens: number;
  at: number;
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const now = options.now ?? Date.now;
  const maxKeys = options.maxKeys ?? 50_000;
  const buckets = new Map<string, Bucket>();

  /** Refills the bucket for the time passed, re-inserting it as most recently used. */
  function refill(key: string, perMinute: number, at: number): Bucket {
    const found = buckets.get(key);
    const bucket = found ?? { tokens: perMinute, at };
    bucket.tokens = Math.min(perMinute, bucket.tokens + ((at - bucket.at) * perMinute) / 60_000);
    bucket.at = at;
    buckets.delete(key);
    buckets.set(key, bucket);
    while (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value as string);
    return bucket;
  }

  const waitSeconds = (bucket: Bucket, perMinute: number) =>
    Math.max(1, Math.ceil(((1 - bucket.tokens) * 60) / perMinute));

  return {
    take(invocation) {
      if (EXEMPT.has(invocation.platform)) return { ok: true };
      const at = now();
      const scopes: { scope: 'user' | 'community'; bucket: Bucket; perMinute: number }[] = [];
      if (invocation.community) {
        const perMinute = options.communityPerMinute;
        const key = `c:${invocation.platform}:${invocation.community}`;
        scopes.push({ scope: 'community', bucket: refill(key, perMinute, at), perMinute });
      }
      if (invocation.user) {
        const perMinute = options.userPerMinute;
        const key = `u:${invocation.platform}:${invocation.user.id}`;
        scopes.push({ scope: 'user', bucket: refill(key, perMinute, at), perMinute });
      }
      // Both buckets must have a token before either is charged: a refused request costs nothing.
      const empty = scopes
        .filter((s) => s.bucket.tokens < 1)
        .sort((a, b) => waitSeconds(b.bucket, b.perMinute) - waitSeconds(a.bucket, a.perMinute))[0];
      if (empty) {
        return {
          ok: false,
          scope: empty.scope,
          retryAfterSeconds: waitSeconds(empty.bucket, empty.perMinute),
        };
      }
      for (const s of scopes) s.bucket.tokens -= 1;
      return { ok: true };
    },
    size: () => buckets.size,
  };
}
