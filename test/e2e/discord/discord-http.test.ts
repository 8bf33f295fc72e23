// The Discord HTTP interactions endpoint: signatures, freshness, replays, size cap, real answers, and
// slow answers deferred then sent through the webhook (a fake Discord REST receives the follow-ups).
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fakes/fake-discord.js';
import { holdAnswers } from '../fakes/slow-dispatch.js';
import { commandInteraction, type DiscordHttpHarness, startDiscordHttp } from './http-harness.js';

let app: DiscordHttpHarness;
beforeAll(async () => {
  app = await startDiscordHttp();
});
afterAll(() => app.close());

describe('Discord HTTP interactions: request checks', () => {
  it('answers a signed PING with PONG', async () => {
    const res = await app.signed({ id: '1', type: 1 });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ type: 1 });
  });

  it('refuses a request without signature headers', async () => {
    expect((await app.post(JSON.stringify({ id: '2', type: 1 }))).status).toBe(401);
  });

  it('refuses a tampered body', async () => {
    const body = JSON.stringify({ id: '3', type: 1 });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const { sign } = await import('node:crypto');
    const signature = sign(null, Buffer.from(timestamp + body), app.privateKey).toString('hex');
    const res = await app.post(body.replace('"3"', '"4"'), {
      'x-signature-ed25519': signature,
      'x-signature-timestamp': timestamp,
    });
    expect(res.status).toBe(401);
  });

  it('refuses a body signed with another key', async () => {
    const other = generateKeyPairSync('ed25519').privateKey;
    expect((await app.signed({ id: '5', type: 1 }, { key: other })).status).toBe(401);
  });

  it('refuses timestamps older than five minutes and more than a minute ahead', async () => {
    const now = Math.floor(Date.now() / 1000);
    expect((await app.signed({ id: '6', type: 1 }, { timestamp: now - 302 })).status).toBe(401);
    expect((await app.signed({ id: '7', type: 1 }, { timestamp: now + 63 })).status).toBe(401);
    expect((await app.signed({ id: '8', type: 1 }, { timestamp: now - 200 })).status).toBe(200);
  });

  it('refuses a replayed interaction id', async () => {
    const interaction = commandInteraction('people');
    expect((await app.signed(interaction)).status).toBe(200);
    expect((await app.signed(interaction)).status).toBe(409);
  });

  it('answers 400, not 500, to a signed interaction with options nested 1,000 deep', async () => {
    let options: object[] = [{ name: 'person', type: 3, value: 'rajat' }];
    for (let depth = 0; depth < 1000; depth++) options = [{ name: 'group', type: 2, options }];
    const res = await app.signed({
      ...commandInteraction('skills'),
      data: { name: 'skills', type: 1, options },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'JSON nested too deeply' });
  });

  it('refuses an oversized body before checking anything else', async () => {
    const res = await app.signed({ id: '9', type: 1, padding: 'x'.repeat(70 * 1024) });
    expect(res.status).toBe(413);
  });
});

describe('Discord HTTP interactions: answers', () => {
  it('answers /skills rajdeep with an embed of grouped skills and no pings', async () => {
    const res = await app.signed(commandInteraction('skills', [{ name: 'person', value: 'rajdeep' }]));
    const body = (await res.json()) as {
      type: number;
      data: {
        embeds: { title: string; fields: { name: string; value: string }[] }[];
        allowed_mentions: unknown;
      };
    };
    expect(body.type).toBe(4);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    const embed = body.data.embeds[0]!;
    expect(embed.title).toContain('Rajdeep Sengupta');
    expect(embed.fields.map((f) => f.value).join('\n')).toContain('Terraform');
  });

  it('answers /contact ephemerally (flags 64)', async () => {
    const res = await app.signed(commandInteraction('contact', [{ name: 'person', value: 'rajdeep' }]));
    const body = (await res.json()) as {
      data: { flags?: number; embeds: { fields: { value: string }[] }[] };
    };
    expect(body.data.flags).toBe(64);
    expect(JSON.stringify(body.data.embeds)).toContain('github.com/Rajdip019');
  });

  it('narrows /whoknows to one person with the person option', async () => {
    const interaction = commandInteraction('whoknows', [
      { name: 'skill', value: 'terraform' },
      { name: 'person', value: 'rajat' },
    ]);
    const body = (await (await app.signed(interaction)).json()) as { data: { embeds: { title: string }[] } };
    expect(body.data.embeds[0]?.title).toBe('Does Rajat Jog know Terraform?');
  });

  it('offers person choices for autocomplete', async () => {
    const res = await app.signed(
      commandInteraction('skills', [{ name: 'person', value: 'raj', focused: true }], 4),
    );
    const body = (await res.json()) as { type: number; data: { choices: { name: string; value: string }[] } };
    expect(body.type).toBe(8);
    const names = body.data.choices.map((c) => c.name).join('\n');
    expect(names).toContain('Rajat Jog');
    expect(names).toContain('Rajdeep Sengupta');
    expect(body.data.choices.length).toBeLessThanOrEqual(25);
  });

  it('updates the message when a paging button is clicked', async () => {
    const click = {
      ...commandInteraction('people'),
      type: 3,
      data: { custom_id: 'pa:p:0:skills:person=rajat', component_type: 2 },
    };
    const body = (await (await app.signed(click)).json()) as {
      type: number;
      data: { embeds: { title: string }[] };
    };
    expect(body.type).toBe(7);
    expect(body.data.embeds[0]?.title).toContain('Rajat Jog');
  });

  it('offers one button per person when a name is ambiguous, and a click answers for that person', async () => {
    const first = (await (
      await app.signed(commandInteraction('skills', [{ name: 'person', value: 'raj' }]))
    ).json()) as {
      data: { components: { components: { label: string; custom_id?: string }[] }[] };
    };
    const picks = first.data.components
      .flatMap((row) => row.components)
      .filter((b) => b.custom_id?.startsWith('pa:r:'));
    expect(picks.map((b) => b.label)).toEqual(['/skills rajat jog', '/skills rajdeep sengupta']);
    const click = {
      ...commandInteraction('skills'),
      type: 3,
      data: { custom_id: picks[1]!.custom_id, component_type: 2 },
    };
    const body = (await (await app.signed(click)).json()) as {
      type: number;
      data: { embeds: { title: string }[] };
    };
    expect(body.type).toBe(4);
    expect(body.data.embeds[0]?.title).toBe('Rajdeep Sengupta — Skills');
  });

  it('says an unknown paging token has expired instead of failing', async () => {
    const click = {
      ...commandInteraction('people'),
      type: 3,
      data: { custom_id: 'pa:k:1:nothere', component_type: 2 },
    };
    const body = (await (await app.signed(click)).json()) as {
      type: number;
      data: { content: string; flags: number };
    };
    expect(body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(body.data.content).toMatch(/expired/);
  });

  it('answers a command it does not know with a pointer to /help', async () => {
    const body = (await (await app.signed(commandInteraction('nope'))).json()) as {
      data: { content: string };
    };
    expect(body.data.content).toContain('/help');
  });
});

describe('Discord HTTP interactions: answering within 3 seconds', () => {
  const fake = new FakeDiscord();
  const delay: { ms: number; gate?: Promise<void> } = { ms: 0 };
  let slow: DiscordHttpHarness;
  beforeAll(async () => {
    await fake.start();
    slow = await startDiscordHttp({ apiUrl: fake.apiUrl, delay, deferAfterMs: 100 });
  });
  afterAll(async () => {
    await slow.close();
    await fake.stop();
  });

  it('answers a slow command with a deferral, then edits the answer in through the webhook', async () => {
    const release = holdAnswers(delay);
    const res = await slow.signed(commandInteraction('skills', [{ name: 'person', value: 'rajdeep' }]));
    expect(await res.json()).toEqual({ type: 5 });
    release();
    const edit = await fake.waitFor((r) => r.method === 'PATCH');
    expect(edit.path).toBe('/webhooks/123456789012345678/interaction-token/messages/@original');
    expect(edit.auth).toBeUndefined();
    const body = edit.body as { embeds: { title: string }[]; allowed_mentions: unknown; flags?: number };
    expect(body.embeds[0]?.title).toBe('Rajdeep Sengupta — Skills');
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });

  it('retries a follow-up Discord answers with 429 after the retry_after it gives', async () => {
    const release = holdAnswers(delay);
    fake.rateLimits.push((r) => r.method === 'PATCH');
    const before = fake.requests.length;
    const res = await slow.signed(commandInteraction('skills', [{ name: 'person', value: 'rajat' }]));
    expect(await res.json()).toEqual({ type: 5 });
    release();
    const edit = await fake.waitFor(
      (r) =>
        r.method === 'PATCH' && fake.requests.indexOf(r) > before && JSON.stringify(r.body).includes('Rajat'),
    );
    const patches = fake.requests.slice(before).filter((r) => r.method === 'PATCH');
    expect(patches).toHaveLength(2);
    expect(patches[1]).toBe(edit);
  });
});
