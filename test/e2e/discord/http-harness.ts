// Test harness: the real HTTP server with the Discord interactions route, a real engine over the seeds,
// and a freshly generated Ed25519 key pair to sign requests with.
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { createDispatch } from '../../../src/app/dispatch.js';
import { loadConfig } from '../../../src/config/config.js';
import { createDiscordHttpPlatform } from '../../../src/platforms/discord/discord-http.js';
import { createHttpServer, type HttpServer } from '../../../src/platforms/http/create-http-server.js';
import { loadTestEngine, SEEDS } from '../../unit/engine/load-test-engine.js';
import { slowDispatch } from '../fakes/slow-dispatch.js';

export interface DiscordHttpHarness {
  url: string;
  privateKey: KeyObject;
  post(body: string, headers?: Record<string, string>): Promise<Response>;
  /** Signs `body` at `timestamp` (seconds) with `key` (default: the app's own key). */
  signed(body: object | string, options?: { timestamp?: number; key?: KeyObject }): Promise<Response>;
  close(): Promise<void>;
}

export interface DiscordHttpHarnessOptions {
  /** Where follow-ups go (a FakeDiscord's apiUrl). */
  apiUrl?: string;
  /** Every answer takes this long (a slow process); changeable while running. */
  delay?: { ms: number };
  deferAfterMs?: number;
}

export async function startDiscordHttp(options: DiscordHttpHarnessOptions = {}): Promise<DiscordHttpHarness> {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
  const result = loadConfig({
    DISCORD_PUBLIC_KEY: raw,
    PROFILES_DIR: SEEDS,
    ...(options.apiUrl ? { DISCORD_API_URL: options.apiUrl } : {}),
  });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  const logger = pino({ level: 'silent' });
  const { engine } = await loadTestEngine(SEEDS);
  const dispatch = slowDispatch(createDispatch({ engine, logger }), options.delay ?? { ms: 0 });
  const platform = createDiscordHttpPlatform(
    { dispatch, logger, config: result.config, onReconnect() {} },
    options.deferAfterMs === undefined ? {} : { deferAfterMs: options.deferAfterMs },
  );
  const server: HttpServer = createHttpServer({
    host: '127.0.0.1',
    port: 0,
    logger,
    ownRoutes: [],
    platformRoutes: platform.routes,
  });
  const address: AddressInfo = await server.start();
  const url = `http://127.0.0.1:${address.port}/discord/interactions`;
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
  return {
    url,
    privateKey,
    post,
    signed(body, options = {}) {
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
      const signature = sign(null, Buffer.from(timestamp + text), options.key ?? privateKey).toString('hex');
      return post(text, { 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp });
    },
    close: () => server.stop(1000),
  };
}

let counter = 0;
/** A slash-command interaction as Discord sends it (guild, member.user, entitlements). */
export function commandInteraction(
  name: string,
  options: { name: string; value: string; focused?: boolean }[] = [],
  type = 2,
) {
  counter += 1;
  return {
    id: `11${Date.now()}${counter}`,
    application_id: '123456789012345678',
    type,
    token: 'interaction-token',
    guild_id: '223456789012345678',
    channel_id: '323456789012345678',
    member: { user: { id: '423456789012345678', username: 'tester' } },
    entitlements: [],
    authorizing_integration_owners: {},
    data: { id: '1', name, type: 1, options: options.map((o) => ({ type: 3, ...o })) },
  };
}
