// The Discord HTTP interactions endpoint under load (autocannon, 50 connections, 10 s per run), against a
// bare node:http server that verifies the same Ed25519 signature. Requests are signed before the run,
// each with a unique interaction id (the endpoint refuses replays), so the load generator only sends.
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { startApp, startProcess } from './app-process.js';
import { median, type Row } from './stats.js';

interface AutocannonResult {
  requests: { p50: number; average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
export interface AutocannonRequest {
  method: 'POST';
  path: string;
  setupRequest: (req: object) => object;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  requests: AutocannonRequest[];
}) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export interface EndpointRun {
  target: 'baseline' | 'ours';
  kind: 'ping' | 'command';
  round: number;
  reqPerSecMedian: number;
  latencyP50: number;
  latencyP99: number;
  total: number;
  non2xx: number;
  errors: number;
}

const PATH = '/discord/interactions';

function interaction(id: string, kind: 'ping' | 'command') {
  if (kind === 'ping') return { id, type: 1, application_id: '123456789012345678', token: 't', version: 1 };
  return {
    id,
    application_id: '123456789012345678',
    type: 2,
    token: 'interaction-token',
    version: 1,
    guild_id: '223456789012345678',
    channel_id: '323456789012345678',
    member: { user: { id: '423456789012345678', username: 'bench' } },
    entitlements: [],
    authorizing_integration_owners: {},
    data: { id: '1', name: 'skills', type: 1, options: [{ type: 3, name: 'person', value: 'rajdeep' }] },
  };
}

/** Signed requests with unique ids; past the pre-signed pool, requests are signed as they go. */
export function signedRequests(
  privateKey: KeyObject,
  kind: 'ping' | 'command',
  pool: number,
): AutocannonRequest {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const prefix = `9${Date.now()}`;
  const make = (i: number) => {
    const body = JSON.stringify(interaction(`${prefix}${i}`, kind));
    const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
    return {
      method: 'POST' as const,
      path: PATH,
      body,
      headers: {
        'content-type': 'application/json',
        'x-signature-ed25519': signature,
        'x-signature-timestamp': timestamp,
      },
    };
  };
  const signed = Array.from({ length: pool }, (_, i) => make(i));
  let next = 0;
  return {
    method: 'POST',
    path: PATH,
    setupRequest: () => {
      const i = next++;
      return signed[i] ?? make(i);
    },
  };
}

export async function load(
  url: string,
  request: AutocannonRequest,
  duration: number,
): Promise<AutocannonResult> {
  return autocannon({ url, connections: 50, duration, requests: [request] });
}

export async function measureEndpoint(duration = 10, rounds = 2, pool = 120_000): Promise<EndpointRun[]> {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const hex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
  const env = {
    DISCORD_PUBLIC_KEY: hex,
    PROFILES_DIR: join(process.cwd(), 'profiles'),
    RATE_LIMIT_USER_PER_MINUTE: '1000000000',
    RATE_LIMIT_COMMUNITY_PER_MINUTE: '1000000000',
  };
  const targets = [
    {
      id: 'baseline' as const,
      start: () => startProcess(['bin/run-ts.js', 'test/bench/baseline-server.ts'], env, '/'),
    },
    { id: 'ours' as const, start: () => startApp(env) },
  ];
  const runs: EndpointRun[] = [];
  // Baseline and ours alternate, `rounds` times each: this machine's speed drifts by 10-20 % over a
  // minute, and a ratio of two runs far apart in time would measure the drift.
  for (const kind of ['ping', 'command'] as const) {
    for (let round = 0; round < rounds; round++) {
      for (const target of targets) {
        const server = await target.start();
        try {
          const url = `http://127.0.0.1:${server.port}`;
          await load(url, signedRequests(privateKey, kind, 2_000), 1); // warm-up (JIT, sockets)
          const result = await load(url, signedRequests(privateKey, kind, pool), duration);
          runs.push({
            target: target.id,
            kind,
            round,
            reqPerSecMedian: result.requests.p50,
            latencyP50: result.latency.p50,
            latencyP99: result.latency.p99,
            total: result.requests.total,
            non2xx: result.non2xx,
            errors: result.errors + result.timeouts,
          });
        } finally {
          await server.stop();
        }
      }
    }
  }
  return runs;
}

const LABELS = { baseline: 'baseline node:http + Ed25519', ours: 'profile-assistant' } as const;
const KINDS = { ping: 'PING → PONG', command: '/skills rajdeep → embed' } as const;

export function endpointRows(runs: readonly EndpointRun[]): Row[] {
  const rows: Row[] = [];
  for (const kind of ['ping', 'command'] as const) {
    for (const target of ['baseline', 'ours'] as const) {
      const mine = runs.filter((r) => r.kind === kind && r.target === target);
      if (mine.length === 0) continue;
      rows.push({
        figure: `endpoint: ${LABELS[target]}, ${KINDS[kind]}`,
        value: `${median(mine.map((r) => r.reqPerSecMedian)).toLocaleString('en')} req/s (rounds: ${mine
          .map((r) => r.reqPerSecMedian.toLocaleString('en'))
          .join(', ')}; latency p50 ${median(mine.map((r) => r.latencyP50))} ms, p99 ${median(
          mine.map((r) => r.latencyP99),
        )} ms; ${mine.reduce((n, r) => n + r.non2xx, 0)} non-2xx, ${mine.reduce((n, r) => n + r.errors, 0)} errors)`,
        target: '—',
        met: null,
      });
    }
    const ratios = runs
      .filter((r) => r.kind === kind && r.target === 'ours')
      .flatMap((ours) => {
        const base = runs.find((r) => r.kind === kind && r.target === 'baseline' && r.round === ours.round);
        return base ? [ours.reqPerSecMedian / base.reqPerSecMedian] : [];
      });
    if (ratios.length === 0) continue;
    const ratio = median(ratios);
    const clean = runs.every((r) => r.kind !== kind || (r.non2xx === 0 && r.errors === 0));
    rows.push({
      figure: `endpoint ratio, ${kind === 'ping' ? 'PING' : '/skills rajdeep'}: ours / baseline req/s (median of ${ratios.length} rounds)`,
      value: `${(100 * ratio).toFixed(0)} % (rounds: ${ratios.map((r) => `${(100 * r).toFixed(0)} %`).join(', ')})`,
      target: '≥ 80 %',
      met: ratio >= 0.8 && clean,
    });
  }
  return rows;
}
