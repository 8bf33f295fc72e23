// Hostile requests against the real Bolt app in HTTP mode on the shared server: oversized bodies are
// refused before buffering, signed requests cannot be replayed, forged ones are logged in aggregate.
import { connect, type Socket } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../fakes/fake-slack.js';
import { eventCallback, form, signedPost, slashCommand, startSlack } from './slack-harness.js';

const fake = new FakeSlack();
const logLines: { level: number; msg: string; refused?: number }[] = [];
let slack: Awaited<ReturnType<typeof startSlack>>;
const serverSockets: Socket[] = [];

beforeAll(async () => {
  await fake.start();
  const logger = pino({ level: 'info' }, { write: (line: string) => logLines.push(JSON.parse(line)) });
  slack = await startSlack(fake, 'http', { count: 0 }, { logger });
  slack.server!.server.on('connection', (socket: Socket) => serverSockets.push(socket));
});
afterAll(async () => {
  await slack.close();
  await fake.stop();
});

interface RawOutcome {
  answer: string;
  /** Bytes this client managed to hand to its socket before the server closed it. */
  written: number;
  /** Bytes the server's side of the connection read. */
  serverRead: number;
  ms: number;
}

/** Opens a raw connection, sends `head`, then keeps writing `chunk` (up to `max` bytes) until the server closes. */
function rawUpload(head: string, chunk: Buffer | null, max: number): Promise<RawOutcome> {
  const { port } = new URL(slack.url);
  const t0 = Date.now();
  return new Promise((resolve) => {
    const before = serverSockets.length;
    const socket = connect(Number(port), '127.0.0.1', () => {
      socket.write(head);
      if (!chunk) return;
      const pump = () => {
        while (!socket.destroyed && written < max) {
          written += chunk.length;
          if (!socket.write(chunk)) return;
        }
      };
      socket.on('drain', pump);
      pump();
    });
    let written = 0;
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (d) => {
      answer += d;
    });
    socket.on('error', () => {}); // EPIPE/ECONNRESET once the server has answered and closed
    socket.on('close', () => {
      const serverSide = serverSockets[before];
      resolve({ answer, written, serverRead: serverSide?.bytesRead ?? -1, ms: Date.now() - t0 });
    });
    setTimeout(() => socket.destroy(), 5_000).unref();
  });
}

const MiB = 1024 * 1024;

describe('Slack HTTP mode: body cap', () => {
  it('answers 413 at once to a declared body over 64 KiB, without waiting for it', async () => {
    const outcome = await rawUpload(
      `POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${MiB}\r\n\r\n`,
      null,
      0,
    );
    expect(outcome.answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(outcome.answer.toLowerCase()).toContain('connection: close');
    expect(outcome.ms).toBeLessThan(2_000);
  });

  it('cuts off a chunked body past 64 KiB with 413 and stops reading it', async () => {
    const piece = Buffer.alloc(16 * 1024, 0x61);
    const chunk = Buffer.concat([
      Buffer.from(`${piece.length.toString(16)}\r\n`),
      piece,
      Buffer.from('\r\n'),
    ]);
    const outcome = await rawUpload(
      'POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n',
      chunk,
      16 * MiB,
    );
    expect(outcome.answer).toMatch(/^HTTP\/1\.1 413 /);
    // The server stopped reading long before the client stopped trying to send.
    expect(outcome.serverRead).toBeGreaterThan(0);
    expect(outcome.serverRead).toBeLessThan(MiB);
    expect(outcome.written).toBeGreaterThan(outcome.serverRead);
  });

  it('still answers a signed command just under the cap', async () => {
    const command = slashCommand('/skills', 'rajdeep', fake.responseUrl('cap'));
    const body = form({ ...command, padding: 'x'.repeat(60 * 1024) });
    const res = await signedPost(slack.url, body, 'application/x-www-form-urlencoded');
    expect(res.status).toBe(200);
    expect(JSON.stringify(await res.json())).toContain('Rajdeep Sengupta');
  });
});

describe('Slack HTTP mode: replays', () => {
  it('refuses a signed slash command sent a second time inside the 5-minute window', async () => {
    const body = form(slashCommand('/contact', 'rajdeep', fake.responseUrl('replay')));
    const timestamp = Math.floor(Date.now() / 1000);
    const first = await signedPost(slack.url, body, 'application/x-www-form-urlencoded', { timestamp });
    expect(first.status).toBe(200);
    const replay = await signedPost(slack.url, body, 'application/x-www-form-urlencoded', { timestamp });
    expect(replay.status).toBe(409);
    expect(await replay.text()).not.toContain('Rajdeep');
  });

  it('answers a retried event re-signed by Slack only once, and acks both', async () => {
    const event = eventCallback('Ev0RESIGNED', {
      type: 'message',
      channel_type: 'im',
      channel: 'D0RESIGNED',
      user: 'U0ASKER',
      text: 'rajat skills',
      ts: '1700000000.000900',
    });
    const now = Math.floor(Date.now() / 1000);
    const first = await signedPost(slack.url, JSON.stringify(event), 'application/json', {
      timestamp: now - 3,
    });
    await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body['channel'] === 'D0RESIGNED');
    const retry = await signedPost(slack.url, JSON.stringify(event), 'application/json', {
      timestamp: now,
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect([first.status, retry.status]).toEqual([200, 200]);
    await new Promise((r) => setTimeout(r, 300));
    const posts = fake.calls.filter(
      (c) => c.method === 'chat.postMessage' && c.body['channel'] === 'D0RESIGNED',
    );
    expect(posts).toHaveLength(1);
  });
});

describe('Slack HTTP mode: signature window', () => {
  it('refuses a timestamp more than a minute ahead (it would outlive the replay memory)', async () => {
    const body = form(slashCommand('/skills', 'rajat', fake.responseUrl('future')));
    const ahead = Math.floor(Date.now() / 1000) + 120;
    const res = await signedPost(slack.url, body, 'application/x-www-form-urlencoded', { timestamp: ahead });
    expect(res.status).toBe(401);
  });

  it("still answers Slack's unsigned ssl_check, and nothing smuggled with it", async () => {
    const res = await fetch(slack.url, {
      method: 'POST',
      body: form({ ssl_check: '1', command: '/contact', text: 'rajdeep' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).not.toContain('Rajdeep');
  });
});

describe('Slack HTTP mode: forged requests', () => {
  it('refuses 200 forged requests with 401, logging one warning instead of 200, and counts them', async () => {
    const warningsBefore = logLines.filter((l) => l.level === 40).length;
    const body = form(slashCommand('/skills', 'rajat', fake.responseUrl('forged')));
    const statuses = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        signedPost(slack.url, body, 'application/x-www-form-urlencoded', { secret: `wrong-${i}` }).then(
          (r) => r.status,
        ),
      ),
    );
    expect(new Set(statuses)).toEqual(new Set([401]));
    const warnings = logLines.filter((l) => l.level === 40).slice(warningsBefore);
    expect(warnings.length).toBeLessThanOrEqual(1);
    const metrics = await slack.registry.metrics();
    expect(metrics).toMatch(
      /profile_assistant_http_responses_total\{path="\/slack\/events",status="401"\} (\d+)/,
    );
    const counted = Number(/status="401"\} (\d+)/.exec(metrics)?.[1]);
    expect(counted).toBeGreaterThanOrEqual(200);
  });
});
