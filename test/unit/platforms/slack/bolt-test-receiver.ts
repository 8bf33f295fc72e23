// Test harness: one Slack surface on a real Bolt App whose receiver is ours (Bolt's Receiver
// interface), so a test hands Bolt a request body and sees the ack; Web API calls, say() and respond()
// go to FakeSlack. Dispatch is a recording fake answering with replies the test chooses.
import { App, LogLevel, type Receiver } from '@slack/bolt';
import pino from 'pino';
import type { AutocompleteRequest, Invocation } from '../../../../src/engine/invocation.js';
import type { Reply } from '../../../../src/engine/reply.js';
import type { Asker, Dispatch, RequestMeta } from '../../../../src/platforms/platform.js';
import { postToResponseUrl } from '../../../../src/platforms/slack/post-to-response-url.js';
import type { RegisterSurface } from '../../../../src/platforms/slack/slack-surface.js';
import type { FakeSlack } from '../../../e2e/fakes/fake-slack.js';

/** Bolt's receiver contract, driven by the test instead of a socket or an HTTP server. */
export class TestReceiver implements Receiver {
  private app: App | null = null;

  init(app: App): void {
    this.app = app;
  }

  async start(): Promise<void> {}

  async stop(): Promise<void> {}

  /** Delivers one request body as Slack would; resolves with what the listener acknowledged with. */
  async deliver(body: Record<string, unknown>): Promise<{ acked: boolean; response: unknown }> {
    if (!this.app) throw new Error('receiver not initialised by an App');
    const seen = { acked: false, response: undefined as unknown };
    await this.app.processEvent({
      body,
      ack: async (response?: unknown) => {
        seen.acked = true;
        seen.response = response;
      },
    });
    return seen;
  }
}

export type DispatchCall =
  | { kind: 'answer'; invocation: Invocation; meta: RequestMeta }
  | { kind: 'ask'; line: string; asker: Asker; meta: RequestMeta }
  | { kind: 'autocomplete'; request: AutocompleteRequest; asker: Asker; meta: RequestMeta };

/** A surface registered on its own App; `reply` chooses the answer to each request. */
export function surfaceOnBolt(
  register: RegisterSurface,
  fake: FakeSlack,
  reply: (call: DispatchCall) => Reply,
  options: { commandPrefix?: string } = {},
) {
  const calls: DispatchCall[] = [];
  const dispatch: Dispatch = {
    async answer(invocation, meta) {
      const call: DispatchCall = { kind: 'answer', invocation, meta };
      calls.push(call);
      return reply(call);
    },
    async ask(line, asker, meta) {
      const call: DispatchCall = { kind: 'ask', line, asker, meta };
      calls.push(call);
      return { invocation: { ...asker, args: {}, text: line }, reply: reply(call) };
    },
    async autocomplete(request, asker, meta) {
      calls.push({ kind: 'autocomplete', request, asker, meta });
      return [];
    },
  };
  const receiver = new TestReceiver();
  const app = new App({
    token: 'xoxb-test-token',
    receiver,
    tokenVerificationEnabled: false,
    clientOptions: { slackApiUrl: fake.apiUrl },
    logLevel: LogLevel.ERROR,
  });
  const log = pino({ level: 'silent' });
  register(app, {
    dispatch,
    commandPrefix: options.commandPrefix ?? '',
    log,
    respondAt: (url, message, what) => postToResponseUrl(url, message, what, log),
    readMentions: async (text) => ({ text: text.replace(/<@U[A-Z0-9]+>/g, 'Rajat').trim(), accounts: [] }),
  });
  return { receiver, calls };
}
