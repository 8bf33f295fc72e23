// createRedisStore: the StateStore shared by every replica through Redis (ioredis). While Redis is
// unreachable each operation falls back to this replica's memory (one warning per outage, a metric),
// and ioredis keeps reconnecting, so shared state comes back by itself.
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { Counter, Gauge, type Registry } from 'prom-client';
import { createMemoryStore } from './memory-store.js';
import { KEY_PREFIX, type StateStore } from './state-store.js';

export interface RedisStoreOptions {
  url: string;
  logger: Logger;
  /** Where the redis_up gauge and the fallback counter are registered. */
  registry?: Registry;
  /** How long start() waits for a first connection before carrying on in fallback (default 2000 ms). */
  connectWaitMs?: number;
}

export interface RedisStateStore extends StateStore {
  /** The connection, for the Redis rate limiters (the same client: one connection per replica). */
  readonly client: Redis;
  /** Connects (bounded wait); never throws: an unreachable Redis means fallback, not a failed start. */
  start(): Promise<void>;
  /** Counts one operation served from local memory because Redis was down (and warns once per outage). */
  fellBack(operation: string): void;
}

export function createRedisStore(options: RedisStoreOptions): RedisStateStore {
  const log = options.logger;
  const client = new Redis(options.url, {
    lazyConnect: true,
    // Fail fast while disconnected (the fallback answers) instead of queueing behind a dead socket.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: 500,
    connectTimeout: 2000,
    // Concurrent requests share round trips: the hot path pays about one RTT however busy it is.
    enableAutoPipelining: true,
    retryStrategy: (times) => Math.min(100 * times, 1000),
    keyPrefix: KEY_PREFIX,
  });
  const local = createMemoryStore({ max: 50_000 });
  const registers = options.registry ? [options.registry] : [];
  const fallbacks = new Counter({
    name: 'profile_assistant_state_fallbacks_total',
    help: 'Shared-state operations served from local memory because Redis was unreachable',
    labelNames: ['operation'] as const,
    registers,
  });
  new Gauge({
    name: 'profile_assistant_redis_up',
    help: '1 while the shared Redis state store is connected',
    registers,
    collect() {
      this.set(client.status === 'ready' ? 1 : 0);
    },
  });
  let warned = false;
  let everReady = false;

  client.on('ready', () => {
    if (warned || everReady) log.info('redis reachable: shared state in use again');
    warned = false;
    everReady = true;
  });
  // ioredis emits 'error' on every failed reconnect; the fallback warning says it once per outage.
  client.on('error', (error: Error) => log.debug({ err: error }, 'redis connection error'));

  function fellBack(operation: string): void {
    fallbacks.inc({ operation });
    if (warned) return;
    warned = true;
    log.warn(
      { operation },
      'redis unreachable: de-duplication, rate limits and page tokens use this replica only',
    );
  }

  /** Runs `shared` on Redis when connected; on a connection or timeout error runs `fallback` locally. */
  async function either<T>(operation: string, shared: () => Promise<T>, fallback: () => Promise<T>) {
    if (client.status !== 'ready') {
      fellBack(operation);
      return fallback();
    }
    try {
      return await shared();
    } catch {
      fellBack(operation);
      return fallback();
    }
  }

  return {
    client,
    fellBack,
    async start() {
      const wait = options.connectWaitMs ?? 2000;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, wait);
      });
      // connect() rejects when the first attempt fails; retryStrategy keeps trying in the background.
      await Promise.race([client.connect().catch(() => undefined), timeout]);
      clearTimeout(timer);
      if (client.status !== 'ready') fellBack('connect');
    },
    setIfAbsent: (key, ttlMs) =>
      either(
        'setIfAbsent',
        async () => (await client.set(key, '1', 'PX', ttlMs, 'NX')) === 'OK',
        () => local.setIfAbsent(key, ttlMs),
      ),
    increment: (key, ttlMs) =>
      either(
        'increment',
        async () => {
          // One atomic round trip: the TTL starts with the counter and is never extended by a later increment.
          const results = await client.multi().set(key, '0', 'PX', ttlMs, 'NX').incr(key).exec();
          const [error, count] = results?.[1] ?? [new Error('transaction discarded'), 0];
          if (error) throw error;
          return Number(count);
        },
        () => local.increment(key, ttlMs),
      ),
    get: (key) =>
      either(
        'get',
        () => client.get(key),
        () => local.get(key),
      ),
    set: (key, value, ttlMs) =>
      either(
        'set',
        async () => {
          await client.set(key, value, 'PX', ttlMs);
        },
        () => local.set(key, value, ttlMs),
      ),
    status: () => ({ kind: 'redis', up: client.status === 'ready' }),
    async close() {
      await local.close();
      if (client.status === 'end') return;
      await client.quit().catch(() => client.disconnect());
    },
  };
}
