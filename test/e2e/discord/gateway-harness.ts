// Test harness: the real discord.js gateway bot against a fresh fake Discord on 127.0.0.1, answering from a
// real engine. The e2e gateway tests share it so a change to how the bot is built is made once.
import pino from 'pino';
import { createDispatch } from '../../../src/app/dispatch.js';
import { loadConfig } from '../../../src/config/config.js';
import type { Engine } from '../../../src/engine/engine.js';
import {
  createDiscordGatewayPlatform,
  type DiscordGatewayOptions,
} from '../../../src/platforms/discord/discord-gateway.js';
import type { Dispatch, Platform } from '../../../src/platforms/platform.js';
import { loadTestEngine, SEEDS } from '../../unit/engine/load-test-engine.js';
import { FakeDiscord } from '../fakes/fake-discord.js';

export interface GatewayBotOptions {
  /** The profile folder (default: the seeds). */
  profiles?: string;
  /** An engine already loaded (several bots over one folder); else one is loaded from `profiles`. */
  engine?: Engine;
  /** More environment for the config (shard settings…). */
  env?: Record<string, string>;
  /** Wraps the dispatch (a slow process for the 3-second rules). */
  wrapDispatch?: (dispatch: Dispatch) => Dispatch;
  /** Platform timings (defer, typing). */
  timing?: Pick<DiscordGatewayOptions, 'deferAfterMs' | 'typingAfterMs'>;
  /** Runs on the fake before it starts (gateway settings it reports). */
  prepare?: (fake: FakeDiscord) => void;
  onReconnect?: () => void;
}

export interface GatewayBot {
  fake: FakeDiscord;
  bot: Platform;
  stop(): Promise<void>;
}

/** Starts a fake Discord, then the gateway bot logged in to it; `stop()` ends both. */
export async function startGatewayBot(options: GatewayBotOptions = {}): Promise<GatewayBot> {
  const profiles = options.profiles ?? SEEDS;
  const fake = new FakeDiscord();
  options.prepare?.(fake);
  await fake.start();
  const loaded = loadConfig({
    DISCORD_TOKEN: 'fake-token-for-tests',
    DISCORD_API_URL: fake.apiUrl,
    PROFILES_DIR: profiles,
    ...options.env,
  });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const logger = pino({ level: 'silent' });
  const engine = options.engine ?? (await loadTestEngine(profiles)).engine;
  const dispatch = createDispatch({ engine, logger });
  const bot = createDiscordGatewayPlatform(
    {
      dispatch: options.wrapDispatch ? options.wrapDispatch(dispatch) : dispatch,
      logger,
      config: loaded.config,
      onReconnect: options.onReconnect ?? (() => {}),
    },
    {
      ...options.timing,
      clientOptions: {
        rest: { globalRequestsPerSecond: 10_000 },
        // Discord's 5 s between identifies is the library's business; here every shard may go at once.
        ws: { buildIdentifyThrottler: async () => ({ waitForIdentify: async () => {} }) },
      },
    },
  );
  const stop = async () => {
    await bot.stop();
    await fake.stop();
  };
  try {
    await bot.start();
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }
  return { fake, bot, stop };
}
