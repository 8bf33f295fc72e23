// A real `start` process (Discord HTTP interactions mode) stopped with SIGTERM while an answer is
// in flight: the answer is delivered, then the process exits 0. A second signal forces the exit.
import { type ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { type ClientRequest, type IncomingMessage, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

function keyPair(): { publicKeyHex: string; privateKey: KeyObject } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return { publicKeyHex: der.subarray(der.length - 32).toString('hex'), privateKey };
}

interface Started {
  child: ChildProcess;
  port: number;
  logs: Record<string, unknown>[];
  waitForLog(msg: string): Promise<Record<string, unknown>>;
  exit: Promise<{ code: number | null; signal: string | null }>;
  readyMs: number;
}

async function startServer(publicKeyHex: string): Promise<Started> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [join(root, 'bin/profile-assistant.js'), 'start'], {
    cwd: mkdtempSync(join(tmpdir(), 'pa-sigterm-')),
    env: {
      PATH: process.env.PATH ?? '',
      DISCORD_PUBLIC_KEY: publicKeyHex,
      DISCORD_APPLICATION_ID: '123456789012345678',
      HOST: '127.0.0.1',
      PORT: '0',
      PROFILES_DIR: join(root, 'profiles'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const logs: Record<string, unknown>[] = [];
  const waiters: { msg: string; resolve: (entry: Record<string, unknown>) => void }[] = [];
  let buffer = '';
  child.stdout!.on('data', (chunk) => {
    buffer += chunk;
    const lines = buffer.split('\n');
    buffer = lines.pop()!;
    for (const line of lines.filter(Boolean)) {
      const entry = JSON.parse(line) as Record<string, unknown>;
      logs.push(entry);
      for (const w of waiters.filter((w) => w.msg === entry.msg)) w.resolve(entry);
    }
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exit = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const waitForLog = (msg: string) => {
    const seen = logs.find((l) => l.msg === msg);
    if (seen) return Promise.resolve(seen);
    return new Promise<Record<string, unknown>>((resolve, reject) => {
      waiters.push({ msg, resolve });
      void exit.then(({ code }) => reject(new Error(`exited ${code} before "${msg}": ${stderr}`)));
    });
  };
  const ready = await waitForLog('ready');
  const port = Number(new URL(String(ready.http)).port);
  return { child, port, logs, waitForLog, exit, readyMs: performance.now() - t0 };
}

/** A signed-ready /skills rajdeep interaction; `user` varies so a burst stays under the per-user rate limit. */
function skillsInteraction(id: string, user = '1400000000000000001'): string {
  return JSON.stringify({
    type: 2,
    id,
    application_id: '123456789012345678',
    token: 'interaction-token-made-up',
    version: 1,
    guild_id: '1200000000000000001',
    channel_id: '1300000000000000001',
    member: { user: { id: user, username: 'tester' }, roles: [], permissions: '0' },
    data: {
      id: '1500000000000000001',
      name: 'skills',
      type: 1,
      options: [{ name: 'person', type: 3, value: 'rajdeep' }],
    },
    entitlements: [],
    authorizing_integration_owners: {},
  });
}

/** Starts a signed interaction request but sends only the first half of its body. */
function halfSentInteraction(port: number, privateKey: KeyObject) {
  const body = skillsInteraction('1100000000000000001');
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
  const bytes = Buffer.from(body);
  const half = Math.floor(bytes.length / 2);
  const req: ClientRequest = request({
    host: '127.0.0.1',
    port,
    method: 'POST',
    path: '/discord/interactions',
    agent: false,
    headers: {
      'content-type': 'application/json',
      'content-length': bytes.length,
      'x-signature-ed25519': signature,
      'x-signature-timestamp': timestamp,
    },
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res: IncomingMessage) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
  });
  req.write(bytes.subarray(0, half));
  return { response, finish: () => req.end(bytes.subarray(half)) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Outcome = { status: number; body: string } | { error: string };

/** One request on a connection of its own (no keep-alive pool), as a load balancer's new client would. */
function send(port: number, method: string, path: string, body = '', headers: Record<string, string> = {}) {
  return new Promise<Outcome>((resolve) => {
    const req = request({ host: '127.0.0.1', port, method, path, agent: false, headers }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
    });
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
    req.end(body);
  });
}

function signedSkills(port: number, privateKey: KeyObject, id: string) {
  const body = skillsInteraction(id, `14000000000000${id.slice(-5)}`);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
  return send(port, 'POST', '/discord/interactions', body, {
    'content-type': 'application/json',
    'x-signature-ed25519': signature,
    'x-signature-timestamp': timestamp,
  });
}

describe('graceful shutdown of a real process', () => {
  it('delivers the answer in flight after SIGTERM, then exits 0', async () => {
    const { publicKeyHex, privateKey } = keyPair();
    const server = await startServer(publicKeyHex);
    const inFlight = halfSentInteraction(server.port, privateKey);
    await sleep(200);
    server.child.kill('SIGTERM');
    await server.waitForLog('stopping: no new work, finishing answers in flight');
    await sleep(300);
    expect(server.child.exitCode).toBeNull();
    inFlight.finish();
    const answer = await inFlight.response;
    expect(answer.status).toBe(200);
    const payload = JSON.parse(answer.body);
    expect(payload.type).toBe(4);
    expect(JSON.stringify(payload.data)).toContain('Rajdeep Sengupta');
    expect(await server.exit).toEqual({ code: 0, signal: null });
    expect(server.logs.map((l) => l.msg)).toContain('stopped');
    expect(server.logs.find((l) => l.msg === 'answered')).toMatchObject({
      outcome: 'skills',
      platform: 'discord',
    });
    console.log(`start → ready: ${Math.round(server.readyMs)} ms`);
  });

  it('answers all 50 requests sent 5 ms before SIGTERM (none reset), then exits 0', async () => {
    const { publicKeyHex, privateKey } = keyPair();
    const server = await startServer(publicKeyHex);
    const burst = Array.from({ length: 50 }, (_, i) =>
      signedSkills(server.port, privateKey, `12000000000000${1000 + i}`),
    );
    await sleep(5);
    server.child.kill('SIGTERM');
    const outcomes = await Promise.all(burst);
    expect(outcomes.filter((o) => 'error' in o)).toEqual([]);
    expect(outcomes.map((o) => ('status' in o ? o.status : 0))).toEqual(Array(50).fill(200));
    for (const o of outcomes) expect('body' in o && o.body).toContain('Rajdeep Sengupta');
    expect(await server.exit).toEqual({ code: 0, signal: null });
  });

  it('answers /readyz 503 while draining, then stops accepting connections', async () => {
    const { publicKeyHex } = keyPair();
    const server = await startServer(publicKeyHex);
    let signalled = false;
    // Like a balancer's health checks (two checkers, back to back), on new connections, until the
    // listener is gone. Each checker keeps what it saw after the signal, in order.
    const poll = async () => {
      const seen: { status: number; body: string }[] = [];
      for (;;) {
        const outcome = await send(server.port, 'GET', '/readyz');
        if (signalled && 'status' in outcome) seen.push(outcome);
        // A check caught mid-connect when the drain ends may be reset; the listener being gone is the end.
        if ('error' in outcome && outcome.error === 'ECONNREFUSED') return seen;
      }
    };
    const polling = Promise.all([poll(), poll()]);
    await sleep(100);
    signalled = true;
    server.child.kill('SIGTERM');
    const checkers = await polling;
    const draining = checkers.flat().filter((o) => o.status === 503);
    expect(draining.length).toBeGreaterThan(0);
    expect(JSON.parse(draining[0]!.body)).toEqual({ status: 'not_ready', reasons: ['shutting down'] });
    // Once a checker was told 503, it was never told ready again.
    for (const seen of checkers) {
      const first503 = seen.findIndex((o) => o.status === 503);
      if (first503 >= 0) expect(seen.slice(first503).every((o) => o.status === 503)).toBe(true);
    }
    expect(await server.exit).toEqual({ code: 0, signal: null });
  });

  it('exits at once on a second SIGTERM even with a request stuck in flight', async () => {
    const { publicKeyHex, privateKey } = keyPair();
    const server = await startServer(publicKeyHex);
    const stuck = halfSentInteraction(server.port, privateKey);
    stuck.response.catch(() => {}); // the connection dies with the process
    await sleep(200);
    server.child.kill('SIGTERM');
    await server.waitForLog('stopping: no new work, finishing answers in flight');
    const t0 = Date.now();
    server.child.kill('SIGTERM');
    expect(await server.exit).toEqual({ code: 143, signal: null });
    expect(Date.now() - t0).toBeLessThan(2_000);
  });
});
