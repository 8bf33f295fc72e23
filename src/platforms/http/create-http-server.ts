// The one HTTP listener: health, readiness and metrics, plus the platforms' webhook routes
// (Discord interactions, Slack events). Exact-path routing, 404/405/413, sane timeouts, and a
// graceful stop that lets requests in flight finish (bounded).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { HttpRoute } from '../../app/platform.js';
import { BodyTooLargeError, readBody } from './read-body.js';
import { sendJson } from './send-json.js';

export interface HttpServerOptions {
  host: string;
  port: number;
  logger: Logger;
  /** The server's own routes: their bodies are capped here. */
  ownRoutes: readonly HttpRoute[];
  /** Platform routes: they read (and cap) their bodies themselves, raw bytes intact for signatures. */
  platformRoutes: readonly HttpRoute[];
  maxBodyBytes?: number;
}

export interface HttpServer {
  start(): Promise<AddressInfo>;
  /** Stop accepting, wait for requests in flight up to `graceMs`, then close every connection. */
  stop(graceMs: number): Promise<void>;
  inFlight(): number;
  readonly server: Server;
}

export const DEFAULT_MAX_BODY_BYTES = 16 * 1024;

export function createHttpServer(options: HttpServerOptions): HttpServer {
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const routes = new Map<string, { route: HttpRoute; own: boolean }>();
  for (const route of options.ownRoutes) routes.set(`${route.method} ${route.path}`, { route, own: true });
  for (const route of options.platformRoutes) {
    const key = `${route.method} ${route.path}`;
    if (routes.has(key)) throw new Error(`two HTTP routes claim ${key}`);
    routes.set(key, { route, own: false });
  }
  const paths = new Set([...routes.values()].map((r) => r.route.path));
  let inFlight = 0;
  let draining = false;
  let idle: (() => void) | null = null;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
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
    res.once('close', () => {
      inFlight -= 1;
      if (inFlight === 0 && idle) idle();
    });
    // While draining, tell keep-alive clients not to reuse the connection.
    if (draining) res.setHeader('connection', 'close');
    handle(req, res).catch((error: unknown) => {
      if (error instanceof BodyTooLargeError) {
        if (!res.headersSent)
          sendJson(res, 413, { error: 'payload_too_large', limit: error.limit }, { connection: 'close' });
        return;
      }
      options.logger.error({ err: error, method: req.method, url: req.url }, 'HTTP route failed');
      if (!res.headersSent) sendJson(res, 500, { error: 'internal' });
      else res.destroy();
    });
  });
  // Node's defaults allow a request 5 minutes; webhooks must answer in 3 s, health checks faster.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  // Longer than common load balancer idle timeouts (60 s), so the balancer closes first.
  server.keepAliveTimeout = 65_000;

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
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, graceMs);
          idle = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      if (inFlight > 0)
        options.logger.warn({ inFlight, graceMs }, 'closing HTTP connections with requests still in flight');
      server.closeAllConnections();
      await closed;
    },
  };
}
