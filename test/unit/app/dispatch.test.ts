// Dispatch: every request is logged and counted; rate limits and unexpected errors become replies.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../src/app/dispatch.js';
import { createMetrics } from '../../../src/app/metrics.js';
import { createRateLimiter } from '../../../src/app/rate-limiter.js';
import { loadConfig } from '../../../src/config/config.js';
import type { Invocation } from '../../../src/engine/invocation.js';
import type { Reply } from '../../../src/engine/reply.js';
import { createLogger } from '../../../src/logging/create-logger.js';

function setup(answer: (inv: Invocation) => Reply, env: Record<string, string> = {}) {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  const loaded = loadConfig(env);
  if (!loaded.ok) throw new Error('bad test config');
  const metrics = createMetrics({ defaultMetrics: false });
  let t = 0;
  const dispatch = createDispatch({
    engine: { answer },
    logger: createLogger(loaded.config, stream),
    metrics,
    rateLimiter: createRateLimiter({ userPerMinute: 2, communityPerMinute: 100 }),
    now: () => (t += 5),
  });
  return { dispatch, lines, metrics };
}

const helpReply: Reply = {
  kind: 'help',
  person: null,
  candidates: [],
  title: 'Help',
  blocks: [],
  links: [],
  suggestions: [],
  ephemeral: false,
  data: { command: null },
};
const inv: Invocation = {
  platform: 'discord',
  command: 'help',
  args: {},
  user: { id: 'u1' },
  community: 'g1',
};

describe('createDispatch', () => {
  it('answers through the engine and logs platform, command, request id, latency and outcome', async () => {
    const { dispatch, lines } = setup(() => helpReply);
    expect(await dispatch(inv, { requestId: 'req-1' })).toBe(helpReply);
    expect(lines.at(-1)).toMatchObject({
      msg: 'answered',
      platform: 'discord',
      command: 'help',
      requestId: 'req-1',
      outcome: 'help',
      latencyMs: 5,
    });
  });

  it('turns an unexpected exception into a short ephemeral apology and logs it with context', async () => {
    const token = 'made-up-token-1234567890';
    const { dispatch, lines } = setup(
      () => {
        throw new Error(`index exploded near ${token}`);
      },
      { DISCORD_TOKEN: token },
    );
    const reply = await dispatch(
      { ...inv, command: 'skills', args: { person: 'rajat' } },
      { requestId: 'req-2' },
    );
    expect(reply).toMatchObject({ kind: 'error', ephemeral: true, data: { code: 'internal' } });
    expect(reply.description).not.toContain('exploded');
    const logged = lines.find((l) => l.msg === 'unexpected error while answering')!;
    expect(logged).toMatchObject({ requestId: 'req-2', command: 'skills', args: { person: 'rajat' } });
    expect((logged.err as { message: string }).message).toBe('index exploded near [redacted]');
    expect(lines.at(-1)).toMatchObject({ msg: 'answered', outcome: 'error' });
  });

  it('answers a friendly rate_limited reply (never an error) once the budget is spent', async () => {
    let calls = 0;
    const { dispatch } = setup(() => {
      calls += 1;
      return helpReply;
    });
    await dispatch(inv, { requestId: 'a' });
    await dispatch(inv, { requestId: 'b' });
    const reply = await dispatch(inv, { requestId: 'c' });
    expect(reply).toMatchObject({ kind: 'rate_limited', ephemeral: true, data: { retryAfterSeconds: 60 } });
    expect(reply.description).toBe(
      'That is a lot of questions in a short time. Please try again in 60 seconds.',
    );
    expect(calls).toBe(2);
  });

  it('counts requests by platform, command and outcome, with latency', async () => {
    const { dispatch, metrics } = setup(() => helpReply);
    await dispatch(inv, { requestId: 'a' });
    await dispatch(
      { ...inv, platform: 'slack', command: undefined, text: 'who knows rust?' },
      { requestId: 'b' },
    );
    const text = await metrics.registry.metrics();
    expect(text).toContain(
      'profile_assistant_requests_total{platform="discord",command="help",outcome="help"} 1',
    );
    expect(text).toContain(
      'profile_assistant_requests_total{platform="slack",command="text",outcome="help"} 1',
    );
    expect(text).toContain(
      'profile_assistant_request_duration_seconds_count{platform="discord",command="help"} 1',
    );
    expect(text).toContain(
      'profile_assistant_request_duration_seconds_bucket{le="0.005",platform="discord",command="help"} 1',
    );
  });
});
