// Slack commands carry a prefix by default (/pa-skills): registered that way, answered, and every command an
// answer names (follow-ups, help) is shown with the prefix, while buttons still ask the engine's own line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/config.js';
import { FakeSlack } from '../fakes/fake-slack.js';
import { form, signedPost, slashCommand, startSlack } from './slack-harness.js';

const fake = new FakeSlack();
let slack: Awaited<ReturnType<typeof startSlack>>;

beforeAll(async () => {
  await fake.start();
  slack = await startSlack(fake, 'http', { count: 0 }, { prefix: 'pa-' });
});
afterAll(async () => {
  await slack.close();
  await fake.stop();
});

type Message = {
  blocks: {
    type: string;
    text?: { text: string };
    elements?: { text: { text: string }; value?: string }[];
  }[];
};

describe('Slack command prefix', () => {
  it('defaults to pa- and accepts none for bare names', () => {
    const byDefault = loadConfig({});
    const bare = loadConfig({ SLACK_COMMAND_PREFIX: 'none' });
    expect(byDefault.ok && byDefault.config.slack.commandPrefix).toBe('pa-');
    expect(bare.ok && bare.config.slack.commandPrefix).toBe('');
  });

  it('answers /pa-skills and names its follow-ups as /pa-… commands', async () => {
    const res = await signedPost(
      slack.url,
      form(slashCommand('/pa-skills', 'rajdeep', fake.responseUrl('prefix'))),
      'application/x-www-form-urlencoded',
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as Message;
    const buttons = body.blocks.flatMap((b) => b.elements ?? []).filter((e) => e.value);
    expect(buttons.length).toBeGreaterThan(0);
    for (const b of buttons) {
      expect(b.text.text).toMatch(/^\/pa-/);
      expect(b.value).toMatch(/^\/(?!pa-)/);
    }
  });

  it('shows every command in /pa-help with the prefix', async () => {
    const res = await signedPost(
      slack.url,
      form(slashCommand('/pa-help', '', fake.responseUrl('help'))),
      'application/x-www-form-urlencoded',
    );
    const text = JSON.stringify(((await res.json()) as Message).blocks);
    expect(text).toContain('/pa-whoknows');
    expect(text).not.toMatch(/[\s"(]\/whoknows/);
  });
});
