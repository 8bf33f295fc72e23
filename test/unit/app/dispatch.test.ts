// Dispatch: every request kind (answer, typed line, autocomplete) is logged, counted and rate-limited;
// unexpected errors become apologies (or no choices).
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../src/app/dispatch.js';
import { createMetrics } from '../../../src/app/metrics.js';
import { createRateLimiter } from '../../../src/app/rate-limiter.js';
import { loadConfig } from '../../../src/config/config.js';
import type { Engine } from '../../../src/engine/engine.js';
import type { Invocation } from '../../../src/engine/invocation.js';
import type { Reply } from '../../../src/engine/reply.js';
import { createLogger } from '../../../src/logging/create-logger.js';

type FakeEngine = Pick<Engine, 'answer' | 'parse' | 'autocomplete'>;

function setup(
  answer: (inv: Invocation) => Reply,
  env: Record<string, string> = {},
  more: Partial<FakeEngine> = {},
) {
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
    engine: {
      answer,
      parse: (line, base) => ({ ...base, command: 'help', args: {}, text: line }),
      autocomplete: () => [{ name: 'Rajat', value: 'rajat' }],
      ...more,
    },
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
    expect(await dispatch.answer(inv, { requestId: 'req-1' })).toBe(helpReply);
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
    const reply = await dispatch.answer(
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
    await dispatch.answer(inv, { requestId: 'a' });
    await dispatch.answer(inv, { requestId: 'b' });
    const reply = await dispatch.answer(inv, { requestId: 'c' });
    expect(reply).toMatchObject({ kind: 'rate_limited', ephemeral: true, data: { retryAfterSeconds: 60 } });
    expect(reply.description).toBe(
      'That is a lot of questions in a short time. Please try again in 60 seconds.',
    );
    expect(calls).toBe(2);
  });

  it('counts requests by platform, command and outcome, with latency', async () => {
    const { dispatch, metrics } = setup(() => helpReply);
    await dispatch.answer(inv, { requestId: 'a' });
    await dispatch.answer(
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

describe('dispatch.ask', () => {
  it('parses and answers a typed line as one request, counted under the parsed command', async () => {
    const { dispatch, metrics, lines } = setup(() => helpReply);
    const { invocation, reply } = await dispatch.ask(
      'help me',
      { platform: 'slack', user: { id: 'u1' } },
      {
        requestId: 'r',
      },
    );
    expect(reply).toBe(helpReply);
    expect(invocation).toMatchObject({ platform: 'slack', command: 'help', text: 'help me' });
    expect(lines.at(-1)).toMatchObject({ msg: 'answered', command: 'help', requestId: 'r' });
    expect(await metrics.registry.metrics()).toContain(
      'profile_assistant_requests_total{platform="slack",command="help",outcome="help"} 1',
    );
  });

  it('turns a parser failure into an apology, logged with the text', async () => {
    const parse = () => {
      throw new Error('parser broke');
    };
    const { dispatch, lines } = setup(() => helpReply, {}, { parse });
    const { reply } = await dispatch.ask('/skills x', { platform: 'discord' }, { requestId: 'r' });
    expect(reply).toMatchObject({ kind: 'error', data: { code: 'internal' } });
    expect(lines.find((l) => l.msg === 'unexpected error while answering')).toMatchObject({
      text: '/skills x',
    });
  });

  it('takes from the same budget as structured answers', async () => {
    const { dispatch } = setup(() => helpReply);
    const asker = { platform: 'discord' as const, user: { id: 'u1' } };
    await dispatch.answer(inv, { requestId: 'a' });
    await dispatch.ask('help', asker, { requestId: 'b' });
    expect((await dispatch.ask('help', asker, { requestId: 'c' })).reply.kind).toBe('rate_limited');
  });
});

describe('dispatch.autocomplete', () => {
  const request = { command: 'skills' as const, option: 'person' as const, value: 'ra', args: {} };
  const asker = { platform: 'discord' as const, user: { id: 'u1' }, community: 'g1' };

  it('returns the engine choices, logged and counted by command and outcome', async () => {
    const { dispatch, metrics, lines } = setup(() => helpReply);
    expect(await dispatch.autocomplete(request, asker, { requestId: 'r' })).toEqual([
      { name: 'Rajat', value: 'rajat' },
    ]);
    expect(lines.at(-1)).toMatchObject({
      msg: 'autocompleted',
      command: 'skills',
      option: 'person',
      outcome: 'choices',
    });
    const text = await metrics.registry.metrics();
    expect(text).toContain(
      'profile_assistant_autocomplete_total{platform="discord",command="skills",outcome="choices"} 1',
    );
    expect(text).toContain(
      'profile_assistant_autocomplete_duration_seconds_count{platform="discord",command="skills"} 1',
    );
  });

  it('answers no choices when the engine fails, and logs why', async () => {
    const autocomplete = () => {
      throw new Error('index gone');
    };
    const { dispatch, lines } = setup(() => helpReply, {}, { autocomplete });
    expect(await dispatch.autocomplete(request, asker, { requestId: 'r' })).toEqual([]);
    expect(lines.find((l) => l.msg === 'unexpected error while autocompleting')).toMatchObject({
      value: 'ra',
    });
    expect(lines.at(-1)).toMatchObject({ msg: 'autocompleted', outcome: 'error' });
  });

  it('has a budget of its own: typing never spends the answer budget, but a flood is limited', async () => {
    let completions = 0;
    const autocomplete = () => {
      completions += 1;
      return [];
    };
    const { dispatch } = setup(() => helpReply, {}, { autocomplete });
    // The answer budget in setup is 2 a minute; autocomplete gets ten times that.
    for (let i = 0; i < 25; i++) await dispatch.autocomplete(request, asker, { requestId: `k${i}` });
    expect(completions).toBe(20);
    expect((await dispatch.answer(inv, { requestId: 'a' })).kind).toBe('help');
  });
});
