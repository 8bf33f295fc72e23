// The Redis StateStore against a real redis-server: operations shared between two connections, TTLs
// kept, and local fallback when Redis is unreachable (at start or later) with recovery by itself.
import pino from 'pino';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisStore, type RedisStateStore } from '../../../src/state/redis-store.js';
import { type RedisServer, redisAvailable, startRedisServer } from './redis-server.js';

describe.skipIf(!redisAvailable)('createRedisStore', () => {
  let redis: RedisServer;
  const stores: RedisStateStore[] = [];
  const open = async (url = redis.url, registry?: Registry) => {
    const store = createRedisStore({
      url,
      logger: pino({ level: 'silent' }),
      connectWaitMs: 500,
      ...(registry ? { registry } : {}),
    });
    stores.push(store);
    await store.start();
    return store;
  };

  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    await redis?.stop();
  });

  it('shares set-if-absent, counters and values between two connections', async () => {
    const [one, two] = [await open(), await open()];
    expect(await one.setIfAbsent('seen:x1', 10_000)).toBe(true);
    expect(await two.setIfAbsent('seen:x1', 10_000)).toBe(false);
    expect([await one.increment('n:1', 10_000), await two.increment('n:1', 10_000)]).toEqual([1, 2]);
    await one.set('page:k1', 'value', 10_000);
    expect(await two.get('page:k1')).toBe('value');
    expect(await two.get('page:none')).toBeNull();
    expect(one.status()).toEqual({ kind: 'redis', up: true });
  });

  it('lets keys expire after their TTL, counters included', async () => {
    const store = await open();
    expect(await store.setIfAbsent('seen:short', 50)).toBe(true);
    expect(await store.increment('n:short', 50)).toBe(1);
    await new Promise((r) => setTimeout(r, 120));
    expect(await store.setIfAbsent('seen:short', 50)).toBe(true);
    expect(await store.increment('n:short', 50)).toBe(1);
  });

  it('falls back to local memory when Redis cannot be reached at start, and counts it', async () => {
    const registry = new Registry();
    const store = await open('redis://127.0.0.1:1', registry);
    expect(store.status()).toEqual({ kind: 'redis', up: false });
    expect(await store.setIfAbsent('seen:local', 10_000)).toBe(true);
    expect(await store.setIfAbsent('seen:local', 10_000)).toBe(false);
    const text = await registry.metrics();
    expect(text).toContain('profile_assistant_redis_up 0');
    expect(text).toMatch(/profile_assistant_state_fallbacks_total\{operation="setIfAbsent"\} 2/);
  });
});
