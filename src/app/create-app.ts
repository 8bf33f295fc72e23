// The composition root: config + logger → profile store, index, engine, dispatch, metrics, the
// configured platforms (each loaded with a dynamic import only when configured), the shared state
// store (Redis when REDIS_URL is set) and the HTTP server.
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { type Config, configuredPlatforms } from '../config/config.js';
import { createEngine } from '../engine/create-engine.js';
import { createHttpServer, type HttpServer } from '../platforms/http/create-http-server.js';
import { createHealthRoutes, type Readiness } from '../platforms/http/health-routes.js';
import type { Dispatch, Platform, PlatformDeps, PlatformFactory } from '../platforms/platform.js';
import { createProfileIndex } from '../search/profile-index.js';
import { createMemoryStore } from '../state/memory-store.js';
import { createRedisStore, type RedisStateStore } from '../state/redis-store.js';
import type { StateStore } from '../state/state-store.js';
import { createDispatch } from './dispatch.js';
import { createMetrics, type Metrics } from './metrics.js';
import { PLATFORM_LOADERS, type PlatformKind } from './platform-loaders.js';
import { createProfileStore } from './profile-store.js';
import type { ProfileStore } from './profile-store-types.js';
import { createRateLimiter } from './rate-limiter.js';
import { warmUp } from './warm-up.js';

export interface AppOptions {
  config: Config;
  logger: Logger;
  /** How each platform kind is loaded (tests pass fakes; the default imports the real module). */
  platformLoaders?: Partial<Record<PlatformKind, () => Promise<PlatformFactory>>>;
  /** Bound on waiting for answers in flight at shutdown, per stage (HTTP, then platforms). */
  shutdownGraceMs?: number;
  /** Watch the profile folder for changes (default true). */
  watch?: boolean;
  /** Include Node process metrics (default true). */
  defaultMetrics?: boolean;
}

export interface StartedApp {
  address: AddressInfo;
  platforms: string[];
  profiles: number;
  rejected: number;
}

export interface App {
  start(): Promise<StartedApp>;
  /** Idempotent; safe after a failed start. */
  stop(): Promise<void>;
  readiness(): Readiness;
  readonly metrics: Metrics;
}

export function createApp(options: AppOptions): App {
  const { config, logger } = options;
  const grace = options.shutdownGraceMs ?? 10_000;
  const metrics = createMetrics({ defaultMetrics: options.defaultMetrics });
  let store: ProfileStore | null = null;
  let http: HttpServer | null = null;
  const platforms: Platform[] = [];
  let stopping: Promise<void> | null = null;
  const redis: RedisStateStore | null = config.redisUrl
    ? createRedisStore({
        url: config.redisUrl,
        logger: logger.child({ component: 'redis' }),
        registry: metrics.registry,
      })
    : null;
  const state: StateStore = redis ?? createMemoryStore();

  function readiness(): Readiness {
    const reasons: string[] = [];
    // Redis down is reported, not a reason to leave the load balancer: every replica shares the same
    // Redis, so all would leave at once, and each still answers from its own memory meanwhile.
    const status = state.status();
    const checks = status.kind === 'redis' ? { state: status.up ? 'redis' : 'redis-unreachable' } : null;
    if (stopping) reasons.push('shutting down');
    if (!store) reasons.push('profiles not loaded yet');
    else if (store.index().size === 0) reasons.push(`no profiles loaded from ${config.profilesDir}`);
    for (const platform of platforms)
      if (!platform.isReady()) reasons.push(`${platform.name} is not connected`);
    return { ready: reasons.length === 0, reasons, ...(checks ? { checks } : {}) };
  }

  async function loadPlatforms(dispatch: Dispatch): Promise<void> {
    for (const kind of configuredPlatforms(config) as PlatformKind[]) {
      const load = options.platformLoaders?.[kind] ?? PLATFORM_LOADERS[kind];
      const factory = await load();
      const deps: PlatformDeps = {
        dispatch,
        state,
        config,
        logger: logger.child({ component: kind }),
        onReconnect(platform) {
          metrics.reconnect(platform);
          logger.warn({ platform }, 'reconnected');
        },
      };
      platforms.push(await factory(deps));
    }
  }

  return {
    metrics,
    readiness,
    async start() {
      await redis?.start();
      const opened = await createProfileStore({
        dir: config.profilesDir,
        maxBytes: config.maxProfileBytes,
        cacheFile: config.profilesCacheFile,
        parseTimeoutMs: config.parseTimeoutMs,
        startupBudgetMs: config.startupBudgetMs,
        logger: logger.child({ component: 'profiles' }),
        createIndex: createProfileIndex,
        watch: options.watch ?? true,
      });
      store = opened;
      metrics.setProfileStats({
        profiles: () => opened.index().size,
        rejected: () => opened.rejected().length,
        reloads: () => opened.reloads(),
      });
      const engine = createEngine({
        index: () => opened.index(),
        defaultProfile: config.defaultProfile,
        contactEphemeral: config.privacy.contactEphemeral,
      });
      logger.info({ ms: warmUp(engine) }, 'answers warmed up');
      const rateLimiter = createRateLimiter({
        userPerMinute: config.rateLimit.userPerMinute,
        communityPerMinute: config.rateLimit.communityPerMinute,
        ...(redis ? { redis } : {}),
      });
      const dispatch = createDispatch({ engine, logger, metrics, rateLimiter });
      await loadPlatforms(dispatch);
      http = createHttpServer({
        host: config.http.host,
        port: config.http.port,
        logger: logger.child({ component: 'http' }),
        ownRoutes: createHealthRoutes({ readiness, registry: metrics.registry }),
        platformRoutes: platforms.flatMap((p) => p.routes),
        registry: metrics.registry,
      });
      // Listen first: /healthz answers while gateways and sockets are still connecting.
      const address = await http.start();
      await Promise.all(platforms.map((p) => p.start()));
      return {
        address,
        platforms: platforms.map((p) => p.name),
        profiles: opened.index().size,
        rejected: opened.rejected().length,
      };
    },
    stop() {
      stopping ??= (async () => {
        // HTTP first: readiness already says 503 (`stopping` is set), requests still arriving are
        // served, then the listener closes and answers in flight finish before their platform goes away.
        if (http) await http.stop(grace);
        await Promise.all(platforms.map((p) => bounded(p.stop(), grace, `${p.name} stop`, logger)));
        if (store) await bounded(store.close(), grace, 'profile store close', logger);
        await bounded(state.close(), grace, 'state store close', logger);
      })();
      return stopping;
    },
  };
}

/** Waits for `work` at most `ms`; logs (never throws) on failure or timeout so shutdown always completes. */
async function bounded(work: Promise<void>, ms: number, what: string, logger: Logger): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  try {
    if ((await Promise.race([work, timeout])) === 'timeout') logger.warn({ ms }, `${what} timed out`);
  } catch (error) {
    logger.error({ err: error }, `${what} failed`);
  } finally {
    clearTimeout(timer);
  }
}
