// A small fake of Slack's Web API and Socket Mode on 127.0.0.1, enough for the real Bolt app:
// auth.test, apps.connections.open (hello over a WebSocket), chat.postMessage, chat.postEphemeral
// (refused for users listed as not in the channel), views.publish, users.info and response_url posts;
// a method can be rate-limited once (429 with Retry-After), a response_url made to refuse, fail or stall. Every call is recorded; envelopes are sent and their acks awaited.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export interface SlackCall {
  method: string;
  body: Record<string, unknown>;
}

export class FakeSlack {
  readonly calls: SlackCall[] = [];
  connections = 0;
  port = 0;
  /** Users chat.postEphemeral refuses, as Slack does for someone not in the channel. */
  readonly notInChannel = new Set<string>();
  /** What users.info answers for a user id (default: a user called rajat). */
  readonly users = new Map<string, Record<string, unknown>>();
  /** Web API methods answered once with a 429 (each used up by its next call). */
  readonly rateLimited = new Set<string>();
  retryAfterSeconds = 1;
  /** response_url posts answered otherwise, in turn, per response id (recorded all the same). */
  readonly responseTrouble = new Map<string, { status: number; retryAfter?: string; delayMs?: number }[]>();
  private server: Server = createServer((req, res) => void this.onHttp(req, res));
  private wss = new WebSocketServer({ noServer: true });
  private socket: WebSocket | null = null;
  private acks = new Map<string, (ack: Record<string, unknown>) => void>();
  private waiters: { test: (c: SlackCall) => boolean; resolve: (c: SlackCall) => void }[] = [];
  private connectedWaiters: (() => void)[] = [];

  async start(): Promise<void> {
    this.server.on('upgrade', (req, socket, head) =>
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws)),
    );
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/response/${id}`;
  }

  async stop(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  waitFor(test: (c: SlackCall) => boolean, timeoutMs = 5000): Promise<SlackCall> {
    const done = this.calls.find(test);
    if (done) return Promise.resolve(done);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('fake Slack: call never came')), timeoutMs);
      this.waiters.push({
        test,
        resolve: (c) => {
          clearTimeout(timer);
          resolve(c);
        },
      });
    });
  }

  /** Resolves when a (new) socket has been greeted with hello. */
  nextConnection(): Promise<void> {
    return new Promise((resolve) => this.connectedWaiters.push(resolve));
  }

  /** Sends a Socket Mode envelope and resolves with the client's ack. */
  send(envelope: {
    envelope_id: string;
    type: string;
    payload: unknown;
    accepts_response_payload?: boolean;
    retry_attempt?: number;
  }): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      if (!this.socket) return reject(new Error('fake Slack: no socket'));
      const timer = setTimeout(() => reject(new Error('fake Slack: no ack')), 5000);
      this.acks.set(envelope.envelope_id, (ack) => {
        clearTimeout(timer);
        resolve(ack);
      });
      this.socket.send(
        JSON.stringify({ accepts_response_payload: false, retry_attempt: 0, retry_reason: '', ...envelope }),
      );
    });
  }

  dropSocket(): void {
    this.socket?.terminate();
    this.socket = null;
  }

  private onSocket(ws: WebSocket): void {
    this.connections += 1;
    this.socket = ws;
    ws.on('message', (raw) => {
      const message = JSON.parse(String(raw)) as { envelope_id?: string };
      if (message.envelope_id) this.acks.get(message.envelope_id)?.(message as Record<string, unknown>);
    });
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: 1,
        connection_info: { app_id: 'A0FAKE' },
        debug_info: { host: 'fake' },
      }),
    );
    for (const resolve of this.connectedWaiters.splice(0)) resolve();
  }

  private record(call: SlackCall): void {
    this.calls.push(call);
    for (const waiter of [...this.waiters]) {
      if (waiter.test(call)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(call);
      }
    }
  }

  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: Record<string, unknown> = {};
    if (req.headers['content-type']?.includes('json')) body = text ? JSON.parse(text) : {};
    else for (const [k, v] of new URLSearchParams(text)) body[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
    const path = req.url?.split('?')[0] ?? '';
    const json = (value: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
    };
    if (path.startsWith('/response/')) {
      const id = path.slice('/response/'.length);
      this.record({ method: `response:${id}`, body });
      const trouble = this.responseTrouble.get(id)?.shift();
      if (trouble?.delayMs) await new Promise((resolve) => setTimeout(resolve, trouble.delayMs));
      if (!trouble || trouble.status === 200) return json({ ok: true });
      res.writeHead(trouble.status, {
        'content-type': 'text/plain',
        ...(trouble.retryAfter === undefined ? {} : { 'retry-after': trouble.retryAfter }),
      });
      res.end(trouble.status === 404 ? 'expired_url' : 'trouble');
      return;
    }
    const method = path.replace(/^\/api\//, '');
    this.record({ method, body });
    if (this.rateLimited.delete(method)) {
      // Slack's rate limit: HTTP 429 with Retry-After in seconds; the call was not made.
      res.writeHead(429, {
        'content-type': 'application/json',
        'retry-after': String(this.retryAfterSeconds),
      });
      res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      return;
    }
    switch (method) {
      case 'auth.test':
        return json({
          ok: true,
          user_id: 'UBOT',
          bot_id: 'BBOT',
          team: 'Fake Team',
          team_id: 'T0FAKE',
          user: 'profile-assistant',
          url: 'https://fake.slack.com/',
        });
      case 'apps.connections.open':
        return json({ ok: true, url: `ws://127.0.0.1:${this.port}/socket` });
      case 'chat.postMessage':
        return json({ ok: true, channel: body['channel'], ts: '1700000000.000200', message: {} });
      case 'chat.postEphemeral':
        if (this.notInChannel.has(String(body['user'])))
          return json({ ok: false, error: 'user_not_in_channel' });
        return json({ ok: true, message_ts: '1700000000.000300' });
      case 'users.info':
        return json({
          ok: true,
          user: this.users.get(String(body['user'])) ?? {
            id: body['user'],
            name: 'rajat',
            real_name: 'Rajat Jog',
            profile: { display_name: 'rajat' },
          },
        });
      default:
        return json({ ok: true });
    }
  }
}
