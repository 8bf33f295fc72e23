// The server's own routes: liveness, readiness (with the reasons when not ready) and Prometheus metrics.
import type { Registry } from 'prom-client';
import type { HttpRoute } from '../platform.js';
import { sendJson } from './send-json.js';

export interface Readiness {
  ready: boolean;
  /** Why not, one short sentence each ("no profiles loaded from ./profiles", "discord-gateway not connected"). */
  reasons: string[];
  /** What the answers rely on, reported whether ready or not (e.g. state: redis | redis-unreachable | memory). */
  checks?: Record<string, string>;
}

export interface HealthRouteOptions {
  readiness: () => Readiness;
  registry: Registry;
}

export function createHealthRoutes(options: HealthRouteOptions): HttpRoute[] {
  return [
    {
      method: 'GET',
      path: '/healthz',
      // Alive means the event loop answers: nothing else is checked, so a slow platform never
      // gets the process killed by a liveness probe.
      handle: (_req, res) => sendJson(res, 200, { status: 'ok' }),
    },
    {
      method: 'GET',
      path: '/readyz',
      handle: (_req, res) => {
        const state = options.readiness();
        const checks = state.checks ? { checks: state.checks } : {};
        if (state.ready) sendJson(res, 200, { status: 'ready', ...checks });
        else sendJson(res, 503, { status: 'not_ready', reasons: state.reasons, ...checks });
      },
    },
    {
      method: 'GET',
      path: '/metrics',
      handle: async (_req, res) => {
        const text = await options.registry.metrics();
        res.writeHead(200, { 'content-type': options.registry.contentType, 'cache-control': 'no-store' });
        res.end(text);
      },
    },
  ];
}
