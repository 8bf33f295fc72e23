// Contact details asked for by an @mention in a channel reach only the asker: the real Bolt app (Socket
// Mode) against a fake Slack answers with chat.postEphemeral in the channel and thread, never a public
// message, and says publicly, without the details, when Slack refuses the ephemeral.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EPHEMERAL_REFUSED } from '../../../src/platforms/slack/slack-conversation.js';
import { FakeSlack } from '../fakes/fake-slack.js';
import { eventCallback, startSlack } from './slack-harness.js';

const fake = new FakeSlack();
let slack: Awaited<ReturnType<typeof startSlack>>;
/** A public contact of a seed profile: it may reach the asker, never the channel. */
const RAJDEEP_EMAIL = 'rajdipgupta019@gmail.com';

beforeAll(async () => {
  await fake.start();
  slack = await startSlack(fake, 'socket');
});
afterAll(async () => {
  await slack.close();
  await fake.stop();
});

let n = 0;
function mention(channel: string, user: string, text: string, thread_ts?: string) {
  n += 1;
  const ts = `1700000100.00${n}`;
  const event = {
    type: 'app_mention',
    channel,
    user,
    text: `<@UBOT> ${text}`,
    ts,
    ...(thread_ts ? { thread_ts } : {}),
  };
  return fake
    .send({
      envelope_id: `env-private-${n}`,
      type: 'events_api',
      payload: eventCallback(`EvPRIV${n}`, event),
    })
    .then(() => ts);
}
const publicIn = (channel: string) =>
  fake.calls.filter((c) => c.method === 'chat.postMessage' && c.body['channel'] === channel);

describe('Slack mentions asking for contact details', () => {
  it('answer with an ephemeral message to the asker, in the thread, and nothing public', async () => {
    const ts = await mention('C0PRIV1', 'U0ASKER1', 'how do I reach rajdeep');
    const call = await fake.waitFor(
      (c) => c.method === 'chat.postEphemeral' && c.body['channel'] === 'C0PRIV1',
    );
    expect(call.body).toMatchObject({ user: 'U0ASKER1', thread_ts: ts });
    expect(JSON.stringify(call.body)).toContain(RAJDEEP_EMAIL);
    await new Promise((r) => setTimeout(r, 200));
    expect(publicIn('C0PRIV1')).toEqual([]);
  });

  it('keep a contact section asked for in a thread to the asker too', async () => {
    await mention('C0PRIV2', 'U0ASKER2', "show rajdeep's contact section", '1700000000.999000');
    const call = await fake.waitFor(
      (c) => c.method === 'chat.postEphemeral' && c.body['channel'] === 'C0PRIV2',
    );
    expect(call.body).toMatchObject({ user: 'U0ASKER2', thread_ts: '1700000000.999000' });
    expect(publicIn('C0PRIV2')).toEqual([]);
  });

  it('say publicly, without the details, when Slack refuses the ephemeral message', async () => {
    fake.notInChannel.add('U0OUTSIDER');
    await mention('C0PRIV3', 'U0OUTSIDER', 'contact rajdeep');
    const note = await fake.waitFor(
      (c) => c.method === 'chat.postMessage' && c.body['channel'] === 'C0PRIV3',
    );
    expect(note.body['text']).toBe(EPHEMERAL_REFUSED);
    expect(JSON.stringify(publicIn('C0PRIV3'))).not.toContain(RAJDEEP_EMAIL);
  });

  it('still answer other questions publicly in the thread', async () => {
    const ts = await mention('C0PRIV4', 'U0ASKER4', 'who knows terraform?');
    const call = await fake.waitFor(
      (c) => c.method === 'chat.postMessage' && c.body['channel'] === 'C0PRIV4',
    );
    expect(call.body['thread_ts']).toBe(ts);
    expect(String(call.body['text'])).toContain('Terraform');
  });
});
