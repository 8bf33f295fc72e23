// The engine wrapped for production (the platforms' only way to it): a log line per request, latency
// and outcome metrics, rate limits, and one place where unexpected exceptions become a short apology,
// for answers, typed lines and autocomplete alike. Never throws.
import type { Logger } from 'pino';
import type { Engine } from '../engine/engine.js';
import type { AutocompleteRequest, Choice, Invocation } from '../engine/invocation.js';
import type { Reply, ReplyOf } from '../engine/reply.js';
import type { Asker, Dispatch, RequestMeta } from '../platforms/platform.js';
import type { Metrics } from './metrics.js';
import type { RateLimiter } from './rate-limiter.js';

export interface DispatchOptions {
  engine: Pick<Engine, 'answer' | 'parse' | 'autocomplete'>;
  logger: Logger;
  metrics?: Pick<Metrics, 'observeRequest' | 'observeAutocomplete'>;
  rateLimiter?: RateLimiter;
  /** High-resolution clock in milliseconds, injectable for tests. */
  now?: () => number;
}

const MAX_CHILD_LOGGERS = 256;

export function createDispatch(options: DispatchOptions): Dispatch {
  const now = options.now ?? (() => performance.now());
  const { engine } = options;
  // One child logger per platform and command, made on first use, with the request id first in each
  // line: the same JSON as a child per request, without making one (about half a line's cost) on
  // every answer's path. Not the request's fields in each line: pino's redaction walks every field
  // of a line, so that costs more than the child.
  const children = new Map<string, Logger>();
  function logFor(platform: Asker['platform'], command: string): Logger {
    const key = `${platform}/${command}`;
    let child = children.get(key);
    if (!child) {
      child = options.logger.child({ platform, command });
      // Commands come from the command set (or 'text'): a handful; the cap is only a guard.
      if (children.size < MAX_CHILD_LOGGERS) children.set(key, child);
    }
    return child;
  }

  /**
   * Answers `question()` as one request; parsing happens inside, so a parser failure is caught too
   * (and logged as `asked`, the line before it was parsed).
   */
  async function answerOne(asker: Asker, meta: RequestMeta, question: () => Invocation, asked: Invocation) {
    const started = now();
    let invocation = asked;
    // The request's logger, once the command is known (or parsing failed).
    const log = () => logFor(asker.platform, invocation.command ?? 'text');
    const { requestId } = meta;
    let reply: Reply;
    try {
      invocation = question();
      const decision = (await options.rateLimiter?.take(asker)) ?? { ok: true };
      reply = decision.ok ? engine.answer(invocation) : rateLimitedReply(decision.retryAfterSeconds);
      if (!decision.ok)
        log().info(
          { requestId, scope: decision.scope, retryAfterSeconds: decision.retryAfterSeconds },
          'rate limited',
        );
    } catch (error) {
      log().error(
        { requestId, err: error, text: invocation.text, args: invocation.args },
        'unexpected error while answering',
      );
      reply = internalErrorReply();
    }
    const command = invocation.command ?? 'text';
    observe(started, log(), { requestId }, 'answered', reply.kind, (outcome, seconds) =>
      options.metrics?.observeRequest({ platform: asker.platform, command, outcome }, seconds),
    );
    return { invocation, reply };
  }

  function observe(
    started: number,
    log: Logger,
    fields: { requestId: string; option?: string },
    message: string,
    outcome: string,
    count: (outcome: string, seconds: number) => void,
  ): void {
    const latencyMs = now() - started;
    try {
      count(outcome, latencyMs / 1000);
      log.info({ ...fields, outcome, latencyMs: Math.round(latencyMs * 1000) / 1000 }, message);
    } catch {
      // Observability must never cost the user their answer.
    }
  }

  return {
    async answer(invocation, meta) {
      // The invocation says who asked, where: the budgets and the log read only that of it.
      return (await answerOne(invocation, meta, () => invocation, invocation)).reply;
    },
    ask(line, asker, meta) {
      return answerOne(asker, meta, () => engine.parse(line, asker), { ...asker, args: {}, text: line });
    },
    async autocomplete(request: AutocompleteRequest, asker, meta) {
      const started = now();
      const log = logFor(asker.platform, request.command);
      const about = { requestId: meta.requestId, option: request.option };
      let choices: Choice[] = [];
      let outcome: string;
      try {
        const decision = (await options.rateLimiter?.take(asker, 'autocomplete')) ?? { ok: true };
        if (decision.ok) {
          choices = engine.autocomplete(request);
          outcome = choices.length > 0 ? 'choices' : 'empty';
        } else outcome = 'rate_limited';
      } catch (error) {
        log.error({ ...about, err: error, value: request.value }, 'unexpected error while autocompleting');
        outcome = 'error';
      }
      observe(started, log, about, 'autocompleted', outcome, (o, seconds) =>
        options.metrics?.observeAutocomplete(
          { platform: asker.platform, command: request.command, outcome: o },
          seconds,
        ),
      );
      return choices;
    },
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
