// The one HTTP listener: health, readiness and metrics, plus the platforms' webhook routes
// (Discord interactions, Slack events). Exact-path routing, 400/404/405/413, sane timeouts, a count
// of responses per route and status, and a graceful stop that drains requests in flight (bounded).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Logger } from 'pino';
import { Counter, type Registry } from 'prom-client';
import type { HttpRoute } from '../platform.js';
import { BodyTooLargeError, readBody } from './read-body.js';
import { refuseTooLarge, sendJson } from './send-json.js';

export interface HttpServerOptions {
  host: string;
  port: number;
  logger: Logger;
  /** The server's own routes: their bodies are capped here. */
  ownRoutes: readonly HttpRoute[];
  /** Platform routes: they read (and cap) their bodies themselves, raw bytes intact for signatures. */
  platformRoutes: readonly HttpRoute[];
  maxBodyBytes?: number;
  /** Where `profile_assistant_http_responses_total{path,status}` is registered (refusals show as 401/413). */
  registry?: Registry;
  /** At stop, keep accepting until no connection has arrived for this long (default 250 ms). */
  drainQuietMs?: number;
}

export interface HttpServer {
  start(): Promise<AddressInfo>;
  /**
   * Drain: keep accepting while connections still arrive (requests sent just before the stop), then
   * stop accepting, let requests in flight finish up to `graceMs` in all, then close every connection.
   */
  stop(graceMs: number): Promise<void>;
  inFlight(): number;
  readonly server: Server;
}

export const DEFAULT_MAX_BODY_BYTES = 16 * 1024;
const DEFAULT_DRAIN_QUIET_MS = 250;

export function createHttpServer(options: HttpServerOptions): HttpServer {
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const quietMs = options.drainQuietMs ?? DEFAULT_DRAIN_QUIET_MS;
  const routes = new Map<string, { route: HttpRoute; own: boolean }>();
  for (const route of options.ownRoutes) routes.set(`${route.method} ${route.path}`, { route, own: true });
  for (const route of options.platformRoutes) {
    const key = `${route.method} ${route.path}`;
    if (routes.has(key)) throw new Error(`two HTTP routes claim ${key}`);
    routes.set(key, { route, own: false });
  }
  const paths = new Set([...routes.values()].map((r) => r.route.path));
  const responses = options.registry
    ? new Counter({
        name: 'profile_assistant_http_responses_total',
        help: 'HTTP responses by route path (other: unknown paths) and status; refused webhooks show as 401/409/413',
        labelNames: ['path', 'status'] as const,
        registers: [options.registry],
      })
    : null;
  let inFlight = 0;
  let draining = false;
  let listening = true;
  let lastConnectionAt = 0;
  /** Connections accepted whose first request has not arrived yet: closing them would reset it. */
  const fresh = new Set<Socket>();

  async function handle(req: IncomingMessage, res: ServerResponse, path: string | null): Promise<void> {
    // An unparsable request target (e.g. `GET http://[`) is the client's error, not ours.
    if (path === null) return sendJson(res, 400, { error: 'bad_request' }, { connection: 'close' });
    const found = routes.get(`${req.method} ${path}`);
    if (!found) {
      if (paths.has(path)) {
        const allow = [...routes.values()].filter((r) => r.route.path === path).map((r) => r.route.method);
        sendJson(res, 405, { error: 'method_not_allowed' }, { allow: allow.join(', ') });
      } else sendJson(res, 404, { error: 'not_found', path });
      return;
    }
    if (found.own) await readBody(req, maxBody);
    await found.route.handle(req, res);
  }

  const server = createServer((req, res) => {
    inFlight += 1;
    fresh.delete(req.socket);
    const path = pathOf(req.url);
    res.once('close', () => {
      inFlight -= 1;
      responses?.inc({ path: path && paths.has(path) ? path : 'other', status: String(res.statusCode) });
      // Once the listener is closed, a keep-alive connection that just went idle has nothing left to do.
      if (!listening) server.closeIdleConnections();
    });
    // While draining, tell keep-alive clients not to reuse the connection.
    if (draining) res.setHeader('connection', 'close');
    handle(req, res, path).catch((error: unknown) => {
      if (error instanceof BodyTooLargeError) return refuseTooLarge(req, res, error.limit);
      options.logger.error({ err: error, method: req.method, url: req.url }, 'HTTP route failed');
      if (!res.headersSent) sendJson(res, 500, { error: 'internal' });
      else res.destroy();
    });
  });
  server.on('connection', (socket: Socket) => {
    lastConnectionAt = Date.now();
    fresh.add(socket);
    socket.once('close', () => fresh.delete(socket));
  });
  // Node's defaults allow a request 5 minutes; webhooks must answer in 3 s, health checks faster.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  // Longer than common load balancer idle timeouts (60 s), so the balancer closes first.
  server.keepAliveTimeout = 65_000;

  /**
   * Resolves once no connection has arrived for `quietMs` and every accepted connection has sent its
   * request (or at `until`). Each check runs from setImmediate, i.e. after the loop's I/O poll, so
   * connections that queued while the loop was busy are accepted and counted before deciding.
   */
  async function arrivalsSettled(until: number): Promise<void> {
    const startedAt = Date.now();
    for (;;) {
      await new Promise((resolve) => setImmediate(resolve));
      const now = Date.now();
      const quietFor = now - Math.max(lastConnectionAt, startedAt);
      if (now >= until || (quietFor >= quietMs && fresh.size === 0)) return;
      const wait = Math.min(Math.max(quietMs - quietFor, 10), until - now);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  return {
    server,
    inFlight: () => inFlight,
    start: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port, options.host, () => {
          server.off('error', reject);
          resolve(server.address() as AddressInfo);
        });
      }),
    async stop(graceMs) {
      draining = true;
      if (!server.listening) return;
      const deadline = Date.now() + graceMs;
      // Requests sent just before the stop may sit in the accept queue or on a connection whose first
      // bytes have not been read yet: closing the listener now would reset them, so wait for arrivals
      // to settle (at most a quarter of the grace).
      await arrivalsSettled(Date.now() + graceMs / 4);
      listening = false;
      // Node ≥ 19 also closes idle keep-alive connections here; busy ones close after their response.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await settledWithin(closed, deadline - Date.now());
      if (inFlight > 0)
        options.logger.warn({ inFlight, graceMs }, 'closing HTTP connections with requests still in flight');
      server.closeAllConnections();
      await closed;
    },
  };
}

/** The request path, or null when the request target does not parse as a URL. */
function pathOf(url: string | undefined): string | null {
  try {
    return new URL(url ?? '/', 'http://localhost').pathname;
  } catch {
    return null;
  }
}

/** Waits for `work` at most `ms` (the timer never outlives the wait). */
async function settledWithin(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([work, new Promise((resolve) => (timer = setTimeout(resolve, Math.max(0, ms))))]);
  clearTimeout(timer);
}
