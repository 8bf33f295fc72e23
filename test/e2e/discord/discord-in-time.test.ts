// Discord's 3-second rule and repeated deliveries, with the real discord.js client against the fake:
// a slow answer is deferred and then edited in (for the right audience), a page button's slow page
// edits the message, a repeated INTERACTION_CREATE is answered once, and a 429 is waited out.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { messageObject } from '../fakes/discord-objects.js';
import type { FakeDiscord, RecordedRequest } from '../fakes/fake-discord.js';
import { holdAnswers, slowDispatch } from '../fakes/slow-dispatch.js';
import { startGatewayBot } from './gateway-harness.js';
import { commandInteraction } from './http-harness.js';

let fake: FakeDiscord;
/** Answers are held (holdAnswers) in the slow tests: nothing here depends on how loaded the machine is. */
const delay: { ms: number; gate?: Promise<void> } = { ms: 0 };
const DEFER_AFTER_MS = 250;
let stopBot: () => Promise<void>;

beforeAll(async () => {
  ({ fake, stop: stopBot } = await startGatewayBot({
    wrapDispatch: (dispatch) => slowDispatch(dispatch, delay),
    timing: { deferAfterMs: DEFER_AFTER_MS, typingAfterMs: DEFER_AFTER_MS },
  }));
});

afterAll(() => stopBot());

beforeEach(() => {
  delay.ms = 0;
  delete delay.gate;
});

type Body = { type?: number; data?: { flags?: number }; embeds?: { title: string }[]; flags?: number };
const bodyOf = (r: RecordedRequest) => r.body as Body & { allowed_mentions?: { parse: unknown[] } };
const callback = (id: string) => fake.waitFor((r) => r.path.startsWith(`/interactions/${id}/`));
const webhook = `/webhooks/123456789012345678/interaction-token`;
const isEditOf = (r: RecordedRequest, title: string) =>
  r.method === 'PATCH' &&
  /^\/webhooks\/\d+\/interaction-token\/messages\/(@|%40)original$/.test(r.path) &&
  JSON.stringify(r.body).includes(title);

describe('Discord gateway: answering within 3 seconds', () => {
  it('defers a slow answer ("thinking…") and then edits the answer in, without pings', async () => {
    const release = holdAnswers(delay);
    const interaction = commandInteraction('skills', [{ name: 'person', value: 'rajat' }]);
    fake.dispatch('INTERACTION_CREATE', interaction);
    const deferral = bodyOf(await callback(interaction.id));
    expect(deferral).toEqual({ type: 5 });
    release();
    const edit = await fake.waitFor((r) => isEditOf(r, 'Rajat Jog'));
    expect(edit.path.startsWith(webhook)).toBe(true);
    expect(edit.auth).toBeUndefined();
    expect(bodyOf(edit).embeds?.[0]?.title).toContain('Rajat Jog');
    expect(bodyOf(edit).allowed_mentions).toEqual({ parse: [] });
  });

  it('defers a slow /contact only to the asker, so the details never show publicly', async () => {
    const release = holdAnswers(delay);
    const interaction = commandInteraction('contact', [{ name: 'person', value: 'rajdeep' }]);
    fake.dispatch('INTERACTION_CREATE', interaction);
    expect(bodyOf(await callback(interaction.id))).toEqual({ type: 5, data: { flags: 64 } });
    release();
    const edit = await fake.waitFor((r) => isEditOf(r, 'rajdipgupta019@gmail.com'));
    expect(bodyOf(edit).flags).toBeUndefined();
  });

  it('replaces a public deferral by a private follow-up when the answer turns out private', async () => {
    const release = holdAnswers(delay);
    // /section is public, but a contact section is only for the asker.
    const before = fake.requests.length;
    const interaction = commandInteraction('section', [
      { name: 'person', value: 'rajdeep' },
      { name: 'section', value: 'contact' },
    ]);
    fake.dispatch('INTERACTION_CREATE', interaction);
    expect(bodyOf(await callback(interaction.id))).toEqual({ type: 5 });
    release();
    const followUp = await fake.waitFor((r) => r.method === 'POST' && r.path === webhook);
    expect(bodyOf(followUp).flags).toBe(64);
    expect(JSON.stringify(followUp.body)).toContain('rajdipgupta019@gmail.com');
    const since = fake.requests.slice(before).filter((r) => r.path.startsWith(webhook));
    expect(since.map((r) => r.method)).toEqual(['DELETE', 'POST']);
  });

  it('acknowledges a slow page turn silently and edits the page into the message', async () => {
    const release = holdAnswers(delay);
    const click = {
      ...commandInteraction('people'),
      type: 3,
      data: { custom_id: 'pa:p:0:skills:person=rajdeep', component_type: 2 },
      message: messageObject('323456789012345678', ''),
    };
    fake.dispatch('INTERACTION_CREATE', click);
    expect(bodyOf(await callback(click.id))).toEqual({ type: 6 });
    release();
    await fake.waitFor((r) => isEditOf(r, 'Rajdeep Sengupta'));
  });

  it('shows "typing…" while a slow DM answer is being made', async () => {
    const release = holdAnswers(delay);
    const slow = '700000000000000041';
    fake.dispatch('MESSAGE_CREATE', {
      ...messageObject(slow, 'who knows rust?', { id: '800000000000000041', username: 'a', bot: false }),
      channel_type: 1,
    });
    await fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${slow}/typing`);
    expect(fake.requests.some((r) => r.path === `/channels/${slow}/messages`)).toBe(false);
    release();
    await fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${slow}/messages`);
  });

  it('answers a fast interaction directly, without deferring', async () => {
    const interaction = commandInteraction('skills', [{ name: 'person', value: 'rajdeep' }]);
    fake.dispatch('INTERACTION_CREATE', interaction);
    expect(bodyOf(await callback(interaction.id)).type).toBe(4);
  });
});

describe('Discord gateway: repeated deliveries and rate limits', () => {
  it('answers an interaction delivered twice only once', async () => {
    const interaction = commandInteraction('people');
    fake.dispatch('INTERACTION_CREATE', interaction);
    fake.dispatch('INTERACTION_CREATE', interaction);
    await callback(interaction.id);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fake.requests.filter((r) => r.path.startsWith(`/interactions/${interaction.id}/`))).toHaveLength(
      1,
    );
  });

  it('waits out a 429 on a DM answer for as long as Discord asks, then sends it', async () => {
    const channel = '700000000000000031';
    fake.rateLimits.push((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages`);
    const asked = Date.now();
    fake.dispatch('MESSAGE_CREATE', {
      ...messageObject(channel, 'who knows terraform?', {
        id: '800000000000000031',
        username: 'a',
        bot: false,
      }),
      channel_type: 1,
    });
    const sent = await fake.waitFor(
      (r) => r.method === 'POST' && r.path === `/channels/${channel}/messages` && r !== attempts()[0],
    );
    expect(attempts()).toHaveLength(2);
    expect(Date.now() - asked).toBeGreaterThanOrEqual(fake.retryAfterSeconds * 1000 - 50);
    expect(JSON.stringify(sent.body)).toContain('Terraform');
    function attempts() {
      return fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages`);
    }
  });

  it('answers a DM delivered twice only once', async () => {
    const channel = '700000000000000032';
    const message = {
      ...messageObject(channel, 'who knows rust?', { id: '800000000000000032', username: 'a', bot: false }),
      channel_type: 1,
    };
    fake.dispatch('MESSAGE_CREATE', message);
    fake.dispatch('MESSAGE_CREATE', message);
    await fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fake.requests.filter((r) => r.path === `/channels/${channel}/messages`)).toHaveLength(1);
  });
});
