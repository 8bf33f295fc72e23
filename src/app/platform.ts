// The contract between the composition root and each platform adapter (Discord, Slack, shell).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import type { Engine } from '../engine/engine.js';
import type { Invocation } from '../engine/invocation.js';
import type { Reply } from '../engine/reply.js';
import type { StateStore } from '../state/state-store.js';

export interface RequestMeta {
  /** Platform request id (interaction id, envelope id, event id), for logs. */
  requestId: string;
}

export interface PlatformDeps {
  engine: Engine;
  /** engine.answer wrapped with the request logger, metrics, rate limits and error capture. */
  dispatch(invocation: Invocation, meta: RequestMeta): Promise<Reply>;
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
