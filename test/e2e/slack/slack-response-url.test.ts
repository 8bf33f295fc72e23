// Answers sent to a response_url (a slow slash command's, a button's) with the real Bolt app against the
// fake: what Slack refuses without taking it (429 with Retry-After, 5xx) is posted again within a
// 10-second budget; what it may have taken (a post that timed out) or never will (an expired URL) is not.
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { encodePageValue } from '../../../src/platforms/slack/page-value.js';
import { FakeSlack } from '../fakes/fake-slack.js';
import { holdAnswers } from '../fakes/slow-dispatch.js';
import { form, messageButtonClick, signedPost, slashCommand, startSlack } from './slack-harness.js';

const fake = new FakeSlack();
const delay: { ms: number; gate?: Promise<void> } = { ms: 0 };
const logLines: string[] = [];
let http: Awaited<ReturnType<typeof startSlack>>;

beforeAll(async () => {
  await fake.start();
  http = await startSlack(
    fake,
    'http',
    { count: 0 },
    {
      delay,
      ackAfterMs: 250,
      logger: pino({ level: 'warn' }, { write: (line: string) => void logLines.push(line) }),
      responseUrlRetry: { budgetMs: 10_000, attempts: 4, baseDelayMs: 100, timeoutMs: 400 },
    },
  );
});
afterAll(async () => {
  await http.close();
  await fake.stop();
});
beforeEach(() => {
  delay.ms = 0;
  delete delay.gate;
});

const posts = (id: string) => fake.calls.filter((c) => c.method === `response:${id}`);

/** A slash command answered late, so through its response_url `id`. */
async function askSlowly(command: string, text: string, id: string): Promise<void> {
  const release = holdAnswers(delay);
  const res = await signedPost(
    http.url,
    form(slashCommand(command, text, fake.responseUrl(id))),
    'application/x-www-form-urlencoded',
  );
  expect(await res.text()).toBe('');
  release();
}

function clickNextPage(id: string) {
  const payload = messageButtonClick(fake.responseUrl(id), {
    action_id: 'pa_page_next',
    value: encodePageValue({ command: 'skills', args: { person: 'rajat' } }, 0),
  });
  return signedPost(
    http.url,
    form({ payload: JSON.stringify(payload) }),
    'application/x-www-form-urlencoded',
  );
}

const until = async (test: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error('condition never met');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('Slack: answers through a response_url', () => {
  it('posts a slow slash command answer again after the Retry-After of a 429', async () => {
    fake.responseTrouble.set('limited', [{ status: 429, retryAfter: '1' }]);
    const asked = Date.now();
    await askSlowly('/skills', 'rajat', 'limited');
    await fake.waitFor(() => posts('limited').length === 2, 8000);
    expect(Date.now() - asked).toBeGreaterThanOrEqual(1000);
    expect(JSON.stringify(posts('limited')[1]?.body)).toContain('Django');
  }, 10_000);

  it('posts a page turn again after 5xx answers, backing off, until Slack takes it', async () => {
    fake.responseTrouble.set('flaky', [{ status: 503 }, { status: 502 }]);
    await clickNextPage('flaky');
    await fake.waitFor(() => posts('flaky').length === 3);
    const bodies = posts('flaky').map((c) => JSON.stringify(c.body));
    expect(new Set(bodies).size).toBe(1);
    expect(bodies[0]).toContain('Rajat Jog');
  });

  it('gives up at once, logging the command, when the Retry-After is past the budget', async () => {
    fake.responseTrouble.set('far', [{ status: 429, retryAfter: '30' }]);
    await askSlowly('/contact', 'rajdeep', 'far');
    await until(() => logLines.some((l) => l.includes('/contact') && l.includes('given up')));
    expect(posts('far')).toHaveLength(1);
  });

  it('does not post again after a post that timed out, since Slack may have shown it', async () => {
    fake.responseTrouble.set('stalled', [{ status: 200, delayMs: 800 }]);
    await askSlowly('/skills', 'rajdeep', 'stalled');
    await until(() => logLines.some((l) => l.includes('/skills') && l.includes('TimeoutError')));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(posts('stalled')).toHaveLength(1);
  });

  it('does not retry an expired response_url (404)', async () => {
    fake.responseTrouble.set('expired', [{ status: 404 }, { status: 200 }]);
    await clickNextPage('expired');
    await until(() => logLines.some((l) => l.includes('pa_page_next') && l.includes('404')));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(posts('expired')).toHaveLength(1);
  });
});
