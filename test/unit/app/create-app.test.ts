// The composition root with a fake platform (our own Platform interface): readiness transitions,
// routes mounted on the shared server, dispatch wired to the real engine, metrics, clean stop.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../../src/app/create-app.js';
import { loadConfig } from '../../../src/config/config.js';
import { createLogger } from '../../../src/logging/create-logger.js';
import type { Platform, PlatformDeps, PlatformFactory } from '../../../src/platforms/platform.js';

const profilesDir = join(import.meta.dirname, '../../../profiles');
const publicKey = 'ab'.repeat(32);

function fakePlatform() {
  const state = { ready: false, started: 0, stopped: 0, deps: null as PlatformDeps | null };
  const factory: PlatformFactory = async (deps) => {
    state.deps = deps;
    const platform: Platform = {
      name: 'discord-http',
      routes: [
        {
          method: 'POST',
          path: '/discord/interactions',
          handle: async (_req, res) => {
            const reply = await deps.dispatch.answer(
              { platform: 'discord', command: 'skills', args: { person: 'rajdeep' }, user: { id: 'u' } },
              { requestId: 'i-1' },
            );
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ kind: reply.kind, person: reply.person }));
          },
        },
      ],
      start: async () => {
        state.started += 1;
      },
      stop: async () => {
        state.stopped += 1;
      },
      isReady: () => state.ready,
    };
    return platform;
  };
  return { state, factory };
}

let app: App | null = null;
afterEach(async () => {
  await app?.stop();
  app = null;
});

function makeApp(env: Record<string, string>, factory: PlatformFactory) {
  const loaded = loadConfig({ HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', ...env });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  app = createApp({
    config: loaded.config,
    logger: createLogger(loaded.config),
    watch: false,
    defaultMetrics: false,
    platformLoaders: {
      'discord-http': async () => factory,
      'discord-gateway': async () => {
        throw new Error('the gateway is not configured and must not load');
      },
    },
  });
  return app;
}

describe('createApp', () => {
  it('is not ready before start, then waits for its platforms, then is ready', async () => {
    const fake = fakePlatform();
    const app = makeApp({ PROFILES_DIR: profilesDir, DISCORD_PUBLIC_KEY: publicKey }, fake.factory);
    expect(app.readiness()).toEqual({ ready: false, reasons: ['profiles not loaded yet'] });
    const started = await app.start();
    expect(started).toMatchObject({ platforms: ['discord-http'], profiles: 2, rejected: 0 });
    expect(fake.state.started).toBe(1);
    const base = `http://127.0.0.1:${started.address.port}`;
    const notYet = await fetch(`${base}/readyz`);
    expect(notYet.status).toBe(503);
    expect(await notYet.json()).toEqual({ status: 'not_ready', reasons: ['discord-http is not connected'] });
    fake.state.ready = true;
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    await app.stop();
    expect(fake.state.stopped).toBe(1);
    expect(app.readiness().reasons).toContain('shutting down');
  });

  it('is not ready when the profile folder holds no profiles', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'pa-empty-'));
    const fake = fakePlatform();
    fake.state.ready = true;
    const app = makeApp({ PROFILES_DIR: empty, DISCORD_PUBLIC_KEY: publicKey }, fake.factory);
    await app.start();
    expect(app.readiness()).toEqual({ ready: false, reasons: [`no profiles loaded from ${empty}`] });
  });

  it('mounts platform routes whose dispatch answers from the real engine, and counts them', async () => {
    const fake = fakePlatform();
    const app = makeApp({ PROFILES_DIR: profilesDir, DISCORD_PUBLIC_KEY: publicKey }, fake.factory);
    const { address } = await app.start();
    const base = `http://127.0.0.1:${address.port}`;
    const answer = await (await fetch(`${base}/discord/interactions`, { method: 'POST', body: '{}' })).json();
    expect(answer).toEqual({ kind: 'skills', person: { id: 'rajdeep-sengupta', name: 'Rajdeep Sengupta' } });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain(
      'profile_assistant_requests_total{platform="discord",command="skills",outcome="skills"} 1',
    );
    expect(metrics).toContain('profile_assistant_profiles_loaded 2');
    expect(metrics).toContain('profile_assistant_profiles_rejected 0');
    fake.state.deps!.onReconnect('discord-http');
    expect(await (await fetch(`${base}/metrics`)).text()).toContain(
      'profile_assistant_reconnects_total{platform="discord-http"} 1',
    );
  });

  it('fails start (and still stops cleanly) when the port is taken', async () => {
    const fake = fakePlatform();
    const first = makeApp({ PROFILES_DIR: profilesDir, DISCORD_PUBLIC_KEY: publicKey }, fake.factory);
    const { address } = await first.start();
    const loaded = loadConfig({
      HOST: '127.0.0.1',
      PORT: String(address.port),
      LOG_LEVEL: 'silent',
      PROFILES_DIR: profilesDir,
      DISCORD_PUBLIC_KEY: publicKey,
    });
    if (!loaded.ok) throw new Error('config');
    const second = createApp({
      config: loaded.config,
      logger: createLogger(loaded.config),
      watch: false,
      defaultMetrics: false,
      platformLoaders: { 'discord-http': async () => fakePlatform().factory },
    });
    await expect(second.start()).rejects.toThrow(/EADDRINUSE/);
    await second.stop();
  });
});
