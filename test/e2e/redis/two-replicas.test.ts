// Two replicas built by the real composition root (Discord HTTP + Slack HTTP, fake Slack) sharing one
// real redis-server: retries answered once, budgets and page tokens shared, and a Redis outage
// survived (answers continue from local memory, readiness says so, shared state comes back by itself).
import { createHmac, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../../src/app/create-app.js';
import { loadConfig } from '../../../src/config/config.js';
import { FakeSlack } from '../fakes/fake-slack.js';
import { type RedisServer, redisAvailable, startRedisServer } from './redis-server.js';

const PROFILES = join(import.meta.dirname, '../../fixtures/replicas');
const LONG_SECTION = 'Projects, experiments and side quests built over the years for the operators on call';
const SECRET = 'replica-test-signing-secret';
const SKILLS = [
  { name: 'person', value: 'philomena' },
  { name: 'section', value: 'Skills' },
];

interface Replica {
  app: App;
  base: string;
  logs: Record<string, unknown>[];
}

if (!redisAvailable)
  console.warn(
    'skipping the two-replica Redis tests: redis-server is not installed (apt-get install redis-server)',
  );

describe.skipIf(!redisAvailable)('two replicas sharing one Redis', () => {
  let redis: RedisServer;
  let fake: FakeSlack;
  let privateKey: KeyObject;
  let a: Replica;
  let b: Replica;
  let counter = 0;

  async function replica(publicKey: string): Promise<Replica> {
    const loaded = loadConfig({
      PROFILES_DIR: PROFILES,
      HOST: '127.0.0.1',
      PORT: '0',
      DISCORD_PUBLIC_KEY: publicKey,
      SLACK_BOT_TOKEN: 'xoxb-fake-test-token',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.apiUrl,
      RATE_LIMIT_USER_PER_MINUTE: '3',
      REDIS_URL: redis.url,
    });
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const logs: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) logs.push(JSON.parse(line));
        done();
      },
    });
    const app = createApp({
      config: loaded.config,
      logger: pino({ level: 'warn' }, sink),
      watch: false,
      defaultMetrics: false,
      shutdownGraceMs: 500,
    });
    const started = await app.start();
    return { app, base: `http://127.0.0.1:${started.address.port}`, logs };
  }

  /** A signed Discord slash command (or a button click, with `customId`) from `user`. */
  function discord(to: Replica, user: string, options: { name: string; value: string }[], customId?: string) {
    counter += 1;
    const body = JSON.stringify({
      id: `9${Date.now()}${counter}`,
      application_id: '123456789012345678',
      type: customId ? 3 : 2,
      token: 'interaction-token',
      guild_id: '223456789012345678',
      channel_id: '323456789012345678',
      member: { user: { id: user, username: 'asker' } },
      data: customId
        ? { custom_id: customId, component_type: 2 }
        : { id: '1', name: 'section', type: 1, options: options.map((o) => ({ type: 3, ...o })) },
    });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
    return fetch(`${to.base}/discord/interactions`, {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        'x-signature-ed25519': signature,
        'x-signature-timestamp': timestamp,
      },
    }).then(async (res) => ({ status: res.status, body: (await res.json()) as DiscordBody }));
  }

  /** A Slack event delivery, signed at `secondsAgo` (Slack re-signs each retry). */
  function slackEvent(to: Replica, event: object, secondsAgo = 0, retry = false) {
    const body = JSON.stringify(event);
    const timestamp = String(Math.floor(Date.now() / 1000) - secondsAgo);
    const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
    return fetch(`${to.base}/slack/events`, {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        'x-slack-signature': signature,
        'x-slack-request-timestamp': timestamp,
        ...(retry ? { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } : {}),
      },
    });
  }

  const dm = (eventId: string, channel: string) => ({
    token: 'legacy',
    team_id: 'T0FAKE',
    api_app_id: 'A0FAKE',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    event: {
      type: 'message',
      channel_type: 'im',
      channel,
      user: 'U0ASKER',
      text: 'people',
      ts: `${Date.now() / 1000}`,
    },
  });

  const postsTo = (channel: string) =>
    fake.calls.filter((c) => c.method === 'chat.postMessage' && c.body['channel'] === channel).length;

  /** A retry of an answered event, sent to the other replica, is acknowledged and not answered again. */
  async function retryAnsweredOnce(eventId: string, channel: string) {
    expect((await slackEvent(a, dm(eventId, channel))).status).toBe(200);
    await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body['channel'] === channel);
    expect((await slackEvent(b, dm(eventId, channel), 1, true)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    return postsTo(channel);
  }

  const readyz = async (r: Replica) =>
    (await (await fetch(`${r.base}/readyz`)).json()) as { status: string; checks?: { state: string } };

  beforeAll(async () => {
    redis = await startRedisServer();
    fake = new FakeSlack();
    await fake.start();
    const keys = generateKeyPairSync('ed25519');
    privateKey = keys.privateKey;
    const raw = keys.publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
    [a, b] = await Promise.all([replica(raw), replica(raw)]);
  });

  afterAll(async () => {
    await Promise.all([a?.app.stop(), b?.app.stop()]);
    await fake?.stop();
    await redis?.stop();
  });

  it('reports Redis in readiness while it is connected', async () => {
    expect(await readyz(a)).toEqual({ status: 'ready', checks: { state: 'redis' } });
  });

  it('does not answer a Slack retry again when it lands on the other replica', async () => {
    expect(await retryAnsweredOnce('Ev0SHARED1', 'D0SHARED1')).toBe(1);
  });

  it('shares one user budget across replicas', async () => {
    const ask = (to: Replica) => discord(to, '500000000000000001', SKILLS);
    const titles: string[] = [];
    for (const to of [a, b, a, b]) titles.push((await ask(to)).body.data.embeds?.[0]?.title ?? '');
    expect(titles.slice(0, 3).every((t) => t.startsWith('Philomena'))).toBe(true);
    expect(titles[3]).toBe('One moment, please');
    // Another user still has a whole budget.
    expect((await discord(b, '500000000000000002', [])).body.data.embeds?.[0]?.title).not.toBe(
      'One moment, please',
    );
  });

  it('pages with a token made on one replica when the click lands on the other', async () => {
    const first = await discord(a, '500000000000000003', [
      { name: 'person', value: 'philomena' },
      { name: 'section', value: LONG_SECTION },
    ]);
    const next = nextButton(first.body);
    expect(next).toMatch(/^pa:k:1:/);
    const clicked = await discord(b, '500000000000000003', [], next);
    expect(clicked.body.type).toBe(7);
    expect(clicked.body.data.embeds?.[0]?.footer?.text).toContain('Page 2/');
  });

  it('keeps answering while Redis is down, says so in readiness, and shares state again once it is back', async () => {
    await redis.stop();
    const during = await discord(a, '500000000000000004', SKILLS);
    expect(during.status).toBe(200);
    expect(during.body.data.embeds?.[0]?.title).toMatch(/^Philomena/);
    const ready = await readyz(a);
    expect(ready).toEqual({ status: 'ready', checks: { state: 'redis-unreachable' } });
    expect(a.logs.filter((l) => String(l['msg']).startsWith('redis unreachable'))).toHaveLength(1);
    expect(await (await fetch(`${a.base}/metrics`)).text()).toMatch(
      /profile_assistant_state_fallbacks_total\{operation="[a-z-]+"\} [1-9]/,
    );
    // Each replica only remembers its own deliveries meanwhile.
    expect(await retryAnsweredOnce('Ev0OUTAGE1', 'D0OUTAGE1')).toBe(2);

    await redis.restart();
    await until(
      async () => (await readyz(a)).checks?.state === 'redis' && (await readyz(b)).checks?.state === 'redis',
    );
    expect(await retryAnsweredOnce('Ev0BACK1', 'D0BACK1')).toBe(1);
  });
});

interface DiscordBody {
  type: number;
  data: {
    embeds?: { title?: string; footer?: { text?: string } }[];
    components?: { components: { custom_id?: string; label?: string }[] }[];
  };
}

function nextButton(body: DiscordBody): string {
  const ids = (body.data.components ?? []).flatMap((row) => row.components.map((c) => c.custom_id ?? ''));
  return ids.find((id) => /^pa:[kp]:1:/.test(id)) ?? `no next-page button in ${JSON.stringify(ids)}`;
}

async function until(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}
