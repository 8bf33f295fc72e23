// The shared HTTP server: health, readiness reasons, metrics text, routing errors, body caps, drain.
import { request } from 'node:http';
import { connect } from 'node:net';
import pino from 'pino';
import { Registry } from 'prom-client';
import { afterEach, describe, expect, it } from 'vitest';
import { createMetrics } from '../../../src/app/metrics.js';
import { loadConfig } from '../../../src/config/config.js';
import { createLogger } from '../../../src/logging/create-logger.js';
import { createHttpServer, type HttpServer } from '../../../src/platforms/http/create-http-server.js';
import { createHealthRoutes, type Readiness } from '../../../src/platforms/http/health-routes.js';
import { readBody } from '../../../src/platforms/http/read-body.js';
import type { HttpRoute } from '../../../src/platforms/platform.js';

const loaded = loadConfig({ LOG_LEVEL: 'silent' });
if (!loaded.ok) throw new Error('config');
const logger = createLogger(loaded.config);

let server: HttpServer | null = null;
afterEach(async () => {
  await server?.stop(100);
  server = null;
});

/** Sends `text` on a raw socket and resolves with everything the server answers until it closes. */
function rawExchange(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => {
      answer += chunk;
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(answer));
    setTimeout(() => socket.end(), 500).unref();
  });
}

async function start(
  options: {
    readiness?: () => Readiness;
    platformRoutes?: HttpRoute[];
    maxBodyBytes?: number;
    logger?: typeof logger;
  } = {},
) {
  const metrics = createMetrics();
  metrics.setProfileStats({ profiles: () => 2, rejected: () => 1, reloads: () => 3 });
  server = createHttpServer({
    host: '127.0.0.1',
    port: 0,
    logger: options.logger ?? logger,
    ownRoutes: createHealthRoutes({
      readiness: options.readiness ?? (() => ({ ready: true, reasons: [] })),
      registry: metrics.registry,
    }),
    platformRoutes: options.platformRoutes ?? [],
    maxBodyBytes: options.maxBodyBytes,
  });
  const { port } = await server.start();
  return { base: `http://127.0.0.1:${port}`, port, metrics };
}

describe('HTTP server', () => {
  it('answers /healthz with 200', async () => {
    const { base } = await start();
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz 503 with the reasons until ready, then 200', async () => {
    let state: Readiness = {
      ready: false,
      reasons: ['profiles not loaded yet', 'discord-gateway is not connected'],
    };
    const { base } = await start({ readiness: () => state });
    const before = await fetch(`${base}/readyz`);
    expect(before.status).toBe(503);
    expect(await before.json()).toEqual({
      status: 'not_ready',
      reasons: ['profiles not loaded yet', 'discord-gateway is not connected'],
    });
    state = { ready: true, reasons: [] };
    const after = await fetch(`${base}/readyz`);
    expect(after.status).toBe(200);
    expect(await after.json()).toEqual({ status: 'ready' });
  });

  it('serves Prometheus text with the app metrics and process metrics', async () => {
    const { base, metrics } = await start();
    metrics.observeRequest({ platform: 'discord', command: 'skills', outcome: 'skills' }, 0.002);
    metrics.reconnect('discord-gateway');
    const res = await fetch(`${base}/metrics`);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    for (const line of [
      '# TYPE profile_assistant_requests_total counter',
      'profile_assistant_requests_total{platform="discord",command="skills",outcome="skills"} 1',
      'profile_assistant_request_duration_seconds_bucket{le="0.0025",platform="discord",command="skills"} 1',
      'profile_assistant_profiles_loaded 2',
      'profile_assistant_profiles_rejected 1',
      'profile_assistant_profile_reloads_total 3',
      'profile_assistant_reconnects_total{platform="discord-gateway"} 1',
    ]) {
      expect(text).toContain(line);
    }
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
  });

  it('answers 404 for unknown paths and 405 for a known path with the wrong method', async () => {
    const { base } = await start();
    const missing = await fetch(`${base}/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'not_found', path: '/nope' });
    const wrong = await fetch(`${base}/healthz`, { method: 'POST', body: 'x' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET');
  });

  it('caps request bodies on its own routes with 413', async () => {
    const { base } = await start({ maxBodyBytes: 1024 });
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        `${base}/healthz`,
        { method: 'GET', headers: { 'content-length': '5000' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end(Buffer.alloc(5000));
    });
    expect(status).toBe(413);
    // No declared length (chunked): the cap applies to the bytes actually sent.
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = request(
        `${base}/readyz`,
        { method: 'GET', agent: false, headers: { 'transfer-encoding': 'chunked' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 4; i++) req.write(Buffer.alloc(500));
      req.end();
    });
    expect(chunked).toBe(413);
  });

  it('mounts platform routes, which read their own raw body', async () => {
    const route: HttpRoute = {
      method: 'POST',
      path: '/discord/interactions',
      handle: async (req, res) => {
        const body = await readBody(req, 1_000_000);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ bytes: body.length }));
      },
    };
    const { base } = await start({ platformRoutes: [route], maxBodyBytes: 10 });
    const res = await fetch(`${base}/discord/interactions?x=1`, { method: 'POST', body: 'a'.repeat(500) });
    expect(await res.json()).toEqual({ bytes: 500 });
  });

  it('answers 400 without an error log to a malformed request line (GET http://[)', async () => {
    const lines: { level: number; msg: string }[] = [];
    const capture = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const { port } = await start({ logger: capture });
    const answer = await rawExchange(port, 'GET http://[ HTTP/1.1\r\nHost: localhost\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
  });

  it('answers 500 (and logs) when a route throws', async () => {
    const route: HttpRoute = {
      method: 'POST',
      path: '/boom',
      handle: () => {
        throw new Error('route bug');
      },
    };
    const { base } = await start({ platformRoutes: [route] });
    expect((await fetch(`${base}/boom`, { method: 'POST' })).status).toBe(500);
  });

  it('refuses two routes on the same method and path', () => {
    const route: HttpRoute = { method: 'GET', path: '/healthz', handle: () => {} };
    expect(() =>
      createHttpServer({ host: '127.0.0.1', port: 0, logger, ownRoutes: [route], platformRoutes: [route] }),
    ).toThrow('two HTTP routes claim GET /healthz');
  });

  it('lets a request in flight finish when stopping, then closes', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const route: HttpRoute = {
      method: 'POST',
      path: '/slow',
      handle: async (_req, res) => {
        await gate;
        res.end('finished');
      },
    };
    const { base } = await start({ platformRoutes: [route] });
    const pending = fetch(`${base}/slow`, { method: 'POST' }).then((r) => r.text());
    while (server!.inFlight() === 0) await new Promise((r) => setTimeout(r, 5));
    const stopped = server!.stop(5_000);
    setTimeout(release, 100);
    expect(await pending).toBe('finished');
    await stopped;
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });

  it('serves a request whose connection was accepted just before stopping, then refuses new connections', async () => {
    const { port } = await start();
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (d) => (answer += d));
    socket.on('error', () => {});
    const closed = new Promise((resolve) => socket.once('close', resolve));
    await new Promise((resolve) => socket.once('connect', resolve));
    await new Promise((resolve) => setTimeout(resolve, 20)); // accepted by the server, no request yet
    const stopped = server!.stop(5_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (!socket.destroyed) socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n');
    await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(answer.toLowerCase()).toContain('connection: close');
    await stopped;
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });

  it('counts responses per known route and status', async () => {
    const registry = new Registry();
    server = createHttpServer({
      host: '127.0.0.1',
      port: 0,
      logger,
      ownRoutes: createHealthRoutes({ readiness: () => ({ ready: true, reasons: [] }), registry }),
      platformRoutes: [],
      registry,
    });
    const { port } = await server.start();
    await fetch(`http://127.0.0.1:${port}/healthz`);
    await fetch(`http://127.0.0.1:${port}/healthz`);
    await fetch(`http://127.0.0.1:${port}/nope/${Math.random()}`);
    const text = await registry.metrics();
    expect(text).toContain('profile_assistant_http_responses_total{path="/healthz",status="200"} 2');
    expect(text).toContain('profile_assistant_http_responses_total{path="other",status="404"} 1');
  });

  it('gives up on a stuck request after the grace period', async () => {
    const route: HttpRoute = { method: 'POST', path: '/stuck', handle: () => new Promise(() => {}) };
    const { base } = await start({ platformRoutes: [route] });
    const pending = fetch(`${base}/stuck`, { method: 'POST' }).catch((e: Error) => e);
    while (server!.inFlight() === 0) await new Promise((r) => setTimeout(r, 5));
    const t0 = Date.now();
    await server!.stop(200);
    expect(Date.now() - t0).toBeLessThan(2_000);
    expect(await pending).toBeInstanceOf(Error);
  });
});
