// A small fake of Discord's REST API and gateway on 127.0.0.1, enough for the real discord.js client:
// gateway/bot, HELLO/IDENTIFY/READY/heartbeats/RESUME with replay, op 7 and op 9, one session per
// shard, interaction callbacks, edits and follow-ups, channel messages (one channel refuses replies,
// one refuses posts), typing, DM channels (users who closed their DMs get Discord's 403),
// application commands, and 429s on request (`rateLimits`). Every request is recorded for assertions.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import {
  APP_ID,
  BOT_ID,
  GUILD_CHANNEL_ID,
  GUILD_ID,
  guildObject,
  MUTED_CHANNEL_ID,
  messageObject,
  NO_HISTORY_CHANNEL_ID,
} from './discord-objects.js';

export interface RecordedRequest {
  method: string;
  path: string;
  auth: string | undefined;
  body: unknown;
}

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** Registered commands per scope path (global or one guild). */
  commands = new Map<string, unknown[]>();
  private server: Server = createServer((req, res) => void this.onHttp(req, res));
  private wss = new WebSocketServer({ noServer: true });
  /** One gateway session per shard id: its socket, sequence and what was sent (replayed on RESUME). */
  private sessions = new Map<
    number,
    { socket: WebSocket | null; seq: number; sent: { s: number; packet: object }[] }
  >();
  private waiters: { test: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }[] = [];
  identifies = 0;
  resumes = 0;
  /** The `shard: [id, count]` of every IDENTIFY, in order. */
  readonly identified: [number, number][] = [];
  /** What GET /gateway/bot recommends (`--shards auto`). */
  recommendedShards = 1;
  /** GET /gateway/bot `max_concurrency`: how many identify buckets the library throttles separately. */
  maxConcurrency = 1;
  /** Users whose DMs are closed: sending to their DM channel fails as on Discord (403, code 50007). */
  readonly closedDms = new Set<string>();
  /** Members of the guild (GET /guilds/:id/members/:user); anyone else is a user (GET /users/:id) or unknown. */
  readonly members = new Map<string, { user: Record<string, unknown>; nick: string | null }>();
  readonly users = new Map<string, Record<string, unknown>>();
  /** DM channel id → the user it reaches. */
  readonly dmChannels = new Map<string, string>();
  port = 0;
  /** Requests answered once with a 429 (each test used up by the first request it matches). */
  readonly rateLimits: ((r: RecordedRequest) => boolean)[] = [];
  /** The `retry_after` of those 429s, in seconds. */
  retryAfterSeconds = 0.3;

  async start(): Promise<void> {
    this.server.on('upgrade', (req, socket, head) =>
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws)),
    );
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async stop(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Resolves with the first request (already recorded or future) matching `test`. */
  waitFor(test: (r: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    const done = this.requests.find(test);
    if (done) return Promise.resolve(done);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('fake Discord: request never came')), timeoutMs);
      this.waiters.push({
        test,
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
      });
    });
  }

  /** Sends a gateway dispatch on a shard; while its socket is down it is kept and replayed on RESUME. */
  dispatch(t: string, d: object, shard = 0): void {
    const session = this.session(shard);
    session.seq += 1;
    const packet = { op: 0, t, s: session.seq, d };
    session.sent.push({ s: session.seq, packet });
    const socket = session.socket;
    if (socket && socket.readyState === socket.OPEN) socket.send(JSON.stringify(packet));
  }

  /** Drops a shard's gateway connection with a close code (4000: "unknown error, reconnect and resume"). */
  dropGateway(code = 4000, shard = 0): void {
    const session = this.session(shard);
    const socket = session.socket;
    session.socket = null;
    socket?.close(code, 'fake drop');
  }

  /** Asks a shard's client to reconnect and resume (op 7 RECONNECT), as Discord does before moving a session. */
  requestReconnect(shard = 0): void {
    this.session(shard).socket?.send(JSON.stringify({ op: 7, d: null }));
  }

  /** Ends a shard's session (op 9 INVALID_SESSION, not resumable): the client must identify afresh. */
  invalidateSession(shard = 0): void {
    const session = this.session(shard);
    session.sent = [];
    session.socket?.send(JSON.stringify({ op: 9, d: false }));
  }

  /** Which shard Discord routes a guild's events to: (guild_id >> 22) % shard count. */
  static shardOf(guildId: string, count: number): number {
    return Number((BigInt(guildId) >> 22n) % BigInt(count));
  }

  private session(shard: number) {
    let session = this.sessions.get(shard);
    if (!session) {
      session = { socket: null, seq: 0, sent: [] };
      this.sessions.set(shard, session);
    }
    return session;
  }

  private send(ws: WebSocket, payload: object): void {
    ws.send(JSON.stringify(payload));
  }

  private onSocket(ws: WebSocket): void {
    this.send(ws, { op: 10, d: { heartbeat_interval: 45_000 } });
    ws.on('message', (raw) => {
      const message = JSON.parse(String(raw)) as {
        op: number;
        d: { seq?: number; shard?: [number, number]; session_id?: string };
      };
      if (message.op === 1) this.send(ws, { op: 11 });
      if (message.op === 2) {
        const [id, count] = message.d.shard ?? [0, 1];
        this.identifies += 1;
        this.identified.push([id, count]);
        const session = this.session(id);
        session.socket = ws;
        // Discord sends each guild to one shard only; the others start with no guilds.
        const ours = FakeDiscord.shardOf(GUILD_ID, count) === id;
        session.seq += 1;
        this.send(ws, {
          op: 0,
          t: 'READY',
          s: session.seq,
          d: {
            v: 10,
            user: { id: BOT_ID, username: 'profile-assistant', discriminator: '0', bot: true, avatar: null },
            guilds: ours ? [{ id: GUILD_ID, unavailable: true }] : [],
            session_id: `fake-session-${id}`,
            resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`,
            shard: [id, count],
            application: { id: APP_ID, flags: 0 },
          },
        });
        if (ours) {
          session.seq += 1;
          this.send(ws, { op: 0, t: 'GUILD_CREATE', s: session.seq, d: guildObject() });
        }
      }
      if (message.op === 6) {
        this.resumes += 1;
        const session = this.session(Number(/\d+$/.exec(message.d.session_id ?? '')?.[0] ?? 0));
        session.socket = ws;
        // Replay what the client missed, then confirm.
        for (const { s, packet } of session.sent)
          if (s > (message.d.seq ?? 0)) ws.send(JSON.stringify(packet));
        session.seq += 1;
        this.send(ws, { op: 0, t: 'RESUMED', s: session.seq, d: {} });
      }
    });
  }

  private async onHttp(req: IncomingMessage, res: import('node:http').ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const path = (req.url ?? '').replace(/^\/api\/v10/, '').split('?')[0] ?? '';
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      auth: req.headers.authorization,
      body: text && req.headers['content-type']?.includes('json') ? JSON.parse(text) : text || undefined,
    };
    this.requests.push(record);
    for (const waiter of [...this.waiters]) {
      if (waiter.test(record)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(record);
      }
    }
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (path === '/gateway/bot') {
      return json(200, {
        url: `ws://127.0.0.1:${this.port}/gateway`,
        shards: this.recommendedShards,
        session_start_limit: {
          total: 1000,
          remaining: 1000,
          reset_after: 0,
          max_concurrency: this.maxConcurrency,
        },
      });
    }
    const limited = this.rateLimits.findIndex((test) => test(record));
    if (limited >= 0) {
      // Discord's 429: how long to wait in the body (seconds) and the headers; the request is not done.
      this.rateLimits.splice(limited, 1);
      res.writeHead(429, {
        'content-type': 'application/json',
        'retry-after': String(this.retryAfterSeconds),
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset-after': String(this.retryAfterSeconds),
        'x-ratelimit-bucket': 'fake-bucket',
        'x-ratelimit-scope': 'user',
      });
      res.end(
        JSON.stringify({
          message: 'You are being rate limited.',
          retry_after: this.retryAfterSeconds,
          global: false,
        }),
      );
      return;
    }
    const member = /^\/guilds\/\d+\/members\/(\d+)$/.exec(path)?.[1];
    if (member !== undefined) {
      const found = this.members.get(member);
      if (!found) return json(404, { message: 'Unknown Member', code: 10007 });
      return json(200, {
        ...found,
        roles: [],
        joined_at: new Date().toISOString(),
        deaf: false,
        mute: false,
      });
    }
    const user = /^\/users\/(\d+)$/.exec(path)?.[1];
    if (user !== undefined) {
      const found = this.users.get(user) ?? this.members.get(user)?.user;
      return found ? json(200, found) : json(404, { message: 'Unknown User', code: 10013 });
    }
    if (/^\/interactions\/[^/]+\/[^/]+\/callback$/.test(path)) {
      res.writeHead(204);
      res.end();
      return;
    }
    if (path === '/users/@me/channels' && record.method === 'POST') {
      const recipient = String((record.body as { recipient_id?: unknown }).recipient_id);
      const id = String(BigInt('600000000000000000') + BigInt(this.dmChannels.size + 1));
      this.dmChannels.set(id, recipient);
      return json(200, {
        id,
        type: 1,
        last_message_id: null,
        recipients: [
          { id: recipient, username: 'asker', discriminator: '0', avatar: null, global_name: null },
        ],
      });
    }
    if (/^\/channels\/\d+\/typing$/.test(path) && record.method === 'POST') {
      res.writeHead(204);
      res.end();
      return;
    }
    const channel = /^\/channels\/(\d+)\/messages$/.exec(path);
    const dmUser = channel ? this.dmChannels.get(channel[1]!) : undefined;
    if (channel && record.method === 'POST' && dmUser && this.closedDms.has(dmUser)) {
      return json(403, { message: 'Cannot send messages to this user', code: 50007 });
    }
    if (channel && record.method === 'POST' && channel[1] === MUTED_CHANNEL_ID) {
      return json(403, { message: 'Missing Permissions', code: 50013 });
    }
    const reference = (record.body as { message_reference?: unknown } | undefined)?.message_reference;
    if (channel && record.method === 'POST' && channel[1] === NO_HISTORY_CHANNEL_ID && reference) {
      return json(400, {
        message: 'Cannot reply without permission to read message history',
        code: 160002,
      });
    }
    if (channel && record.method === 'POST') {
      return json(200, messageObject(channel[1]!, (record.body as { content?: string }).content ?? ''));
    }
    // Interaction edits and follow-ups (authenticated by the interaction token in the path).
    if (/^\/webhooks\/\d+\/[^/]+\/messages\/(@|%40)original$/.test(path)) {
      if (record.method === 'DELETE') {
        res.writeHead(204);
        res.end();
        return;
      }
      return json(200, messageObject(GUILD_CHANNEL_ID, ''));
    }
    if (/^\/webhooks\/\d+\/[^/]+$/.test(path) && record.method === 'POST') {
      return json(200, messageObject(GUILD_CHANNEL_ID, ''));
    }
    if (/^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      if (record.method === 'PUT') this.commands.set(path, record.body as unknown[]);
      return json(200, this.commands.get(path) ?? []);
    }
    json(404, { message: 'Unknown route (fake)', code: 0 });
  }
}
