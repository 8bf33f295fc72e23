// The port between the composition root and each platform adapter (Discord, Slack, shell): what a
// platform is given (dispatch, state, config, logger) and what it must provide (Platform).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import type { AutocompleteRequest, Choice, Invocation } from '../engine/invocation.js';
import type { Reply } from '../engine/reply.js';
import type { StateStore } from '../state/state-store.js';

export interface RequestMeta {
  /** Platform request id (interaction id, envelope id, event id), for logs. */
  requestId: string;
}

/** Who is asking, where: what a typed line or an autocomplete is answered for (and rate-limited by). */
export type Asker = Omit<Invocation, 'args' | 'command' | 'text'>;

/**
 * The engine as platforms see it: every request kind goes through here, so each one is rate-limited,
 * counted, logged and caught. Never throws; an unexpected failure becomes an apology (or no choices).
 */
export interface Dispatch {
  /** Answers a structured invocation (slash command options, a page button's stored question). */
  answer(invocation: Invocation, meta: RequestMeta): Promise<Reply>;
  /**
   * Parses a typed line ("/skills rajat", "who knows rust?") and answers it as one request. The
   * invocation comes back too: page buttons store it to re-ask later.
   */
  ask(line: string, asker: Asker, meta: RequestMeta): Promise<{ invocation: Invocation; reply: Reply }>;
  /** Choices for an option being typed, best first (at most 25). */
  autocomplete(request: AutocompleteRequest, asker: Asker, meta: RequestMeta): Promise<Choice[]>;
}

export interface PlatformDeps {
  dispatch: Dispatch;
  /** Shared state (de-duplication, page tokens); Redis when REDIS_URL is set. Absent: each platform keeps its own. */
  state?: StateStore;
  logger: Logger;
  config: Config;
  /** Report a gateway/socket reconnect (metrics, logs). */
  onReconnect(platform: string): void;
}

/** A route on the shared HTTP server (health, metrics, Discord interactions, Slack events). */
export interface HttpRoute {
  method: 'GET' | 'POST';
  path: string;
  handle(req: IncomingMessage, res: ServerResponse): void | Promise<void>;
}

export interface Platform {
  readonly name: string;
  /** Routes to mount on the shared HTTP server (empty for gateway/socket modes). */
  readonly routes: readonly HttpRoute[];
  start(): Promise<void>;
  /** Stop taking work, finish what is in flight, close connections. */
  stop(): Promise<void>;
  /** Connected and able to answer (for /readyz). */
  isReady(): boolean;
}

export type PlatformFactory = (deps: PlatformDeps) => Promise<Platform>;
