// The real Bolt app against a fake Slack, asked about a teammate by mentioning them (`<@U…>`): the member
// id a profile states finds it first, whatever the member's names; else their username; never a near name.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../unit/engine/load-test-engine.js';
import { FakeSlack } from '../fakes/fake-slack.js';
import { form, signedPost, slashCommand, startSlack } from './slack-harness.js';

const fake = new FakeSlack();
let slack: Awaited<ReturnType<typeof startSlack>>;

beforeAll(async () => {
  await fake.start();
  // Tomas Brandt's front matter says `slack: U0TOMAS01`; his display name here says nothing of it.
  fake.users.set('U0TOMAS01', {
    id: 'U0TOMAS01',
    name: 'tb',
    real_name: 'T.',
    profile: { display_name: 'tb' },
  });
  // Keiko Ward's JSON Resume lists the Slack username keiko.w.
  fake.users.set('U0KEIKO01', {
    id: 'U0KEIKO01',
    name: 'keiko.w',
    real_name: 'K',
    profile: { display_name: 'kw' },
  });
  fake.users.set('U0DAN0001', {
    id: 'U0DAN0001',
    name: 'dan',
    real_name: 'Dan',
    profile: { display_name: 'Dan' },
  });
  slack = await startSlack(
    fake,
    'http',
    { count: 0 },
    { profiles: join(ROOT, 'test/fixtures/chat-accounts') },
  );
});
afterAll(async () => {
  await slack.close();
  await fake.stop();
});

type Message = { text: string; blocks: { type: string; text?: { text: string } }[] };
const allText = (m: Message) => m.blocks.map((b) => b.text?.text ?? '').join('\n');

async function command(name: string, text: string): Promise<Message> {
  const res = await signedPost(
    slack.url,
    form(slashCommand(name, text, fake.responseUrl(String(Math.random())))),
    'application/x-www-form-urlencoded',
  );
  expect(res.status).toBe(200);
  return (await res.json()) as Message;
}

describe('Slack: asking about a teammate by mentioning them', () => {
  it('finds the profile that states the mentioned member id', async () => {
    const body = await command('/profile', '<@U0TOMAS01>');
    expect(body.blocks[0]?.text?.text).toBe('Tomas Brandt');
    expect(allText(body)).toContain(
      '@tb on Slack is Tomas Brandt: matched by the account linked in their profile.',
    );
  });

  it('finds the profile that lists the member username', async () => {
    const body = await command('/skills', '<@U0KEIKO01>');
    expect(body.blocks[0]?.text?.text).toBe('Keiko Ward — Skills');
    expect(allText(body)).toContain('matched by the username in their profile');
  });

  it('answers nobody, not a near name, for a member no profile is about', async () => {
    const body = await command('/profile', '<@U0DAN0001>');
    expect(body.blocks[0]?.text?.text).toBe('No profile for @Dan');
    expect(allText(body)).not.toContain('Dana Whitfield —');
  });
});
