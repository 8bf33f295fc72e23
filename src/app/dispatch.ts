// engine.answer wrapped for production: a child logger per request, latency and outcome metrics,
// rate limits, and one place where unexpected exceptions become a short apology. Never throws.
import type { Logger } from 'pino';
import type { Engine } from '../engine/engine.js';
import type { Invocation } from '../engine/invocation.js';
import type { Reply, ReplyOf } from '../engine/reply.js';
import type { Metrics } from './metrics.js';
import type { RequestMeta } from './platform.js';
import type { RateLimiter } from './rate-limiter.js';

export type Dispatch = (invocation: Invocation, meta: RequestMeta) => Promise<Reply>;

export interface DispatchOptions {
  engine: Pick<Engine, 'answer'>;
  logger: Logger;
  metrics?: Pick<Metrics, 'observeRequest'>;
  rateLimiter?: RateLimiter;
  /** High-resolution clock in milliseconds, injectable for tests. */
  now?: () => number;
}

export function createDispatch(options: DispatchOptions): Dispatch {
  const now = options.now ?? (() => performance.now());
  return async (invocation, meta) => {
    const started = now();
    const command = invocation.command ?? 'text';
    const log = options.logger.child({ platform: invocation.platform, command, requestId: meta.requestId });
    let reply: Reply;
    try {
      const decision = (await options.rateLimiter?.take(invocation)) ?? { ok: true };
      reply = decision.ok ? options.engine.answer(invocation) : rateLimitedReply(decision.retryAfterSeconds);
      if (!decision.ok)
        log.info({ scope: decision.scope, retryAfterSeconds: decision.retryAfterSeconds }, 'rate limited');
    } catch (error) {
      log.error(
        { err: error, text: invocation.text, args: invocation.args },
        'unexpected error while answering',
      );
      reply = internalErrorReply();
    }
    const latencyMs = now() - started;
    try {
      options.metrics?.observeRequest(
        { platform: invocation.platform, command, outcome: reply.kind },
        latencyMs / 1000,
      );
      log.info({ outcome: reply.kind, latencyMs: Math.round(latencyMs * 1000) / 1000 }, 'answered');
    } catch {
      // Observability must never cost the user their answer.
    }
    return reply;
  };
}

export function rateLimitedReply(retryAfterSeconds: number): ReplyOf<'rate_limited'> {
  const wait = retryAfterSeconds === 1 ? 'a second' : `${retryAfterSeconds} seconds`;
  return {
    kind: 'rate_limited',
    person: null,
    candidates: [],
    title: 'One moment, please',
    description: `That is a lot of questions in a short time. Please try again in ${wait}.`,
    blocks: [],
    links: [],
    suggestions: [],
    ephemeral: true,
    data: { retryAfterSeconds },
  };
}

export function internalErrorReply(): ReplyOf<'error'> {
  return {
    kind: 'error',
    person: null,
    candidates: [],
    title: 'Sorry, something went wrong',
    description: 'I could not answer that one. The problem has been logged; please try again in a moment.',
    blocks: [],
    links: [],
    suggestions: ['/help'],
    ephemeral: true,
    data: { code: 'internal' },
  };
}
