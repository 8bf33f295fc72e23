// The Discord HTTP interactions endpoint under load (autocannon, 50 connections, 10 s per run), against a
// bare node:http server that verifies the same Ed25519 signature. Requests are signed before the run,
// each with a unique interaction id (the endpoint refuses replays), so the load generator only sends.
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { startApp, startProcess } from './app-process.js';
import type { Row } from './stats.js';

interface AutocannonResult {
  requests: { p50: number; average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
interface AutocannonRequest {
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
  label: string;
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
function signedRequests(privateKey: KeyObject, kind: 'ping' | 'command', pool: number): AutocannonRequest {
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

async function load(url: string, request: AutocannonRequest, duration: number): Promise<AutocannonResult> {
  return autocannon({ url, connections: 50, duration, requests: [request] });
}

export async function measureEndpoint(duration = 10, pool = 120_000): Promise<EndpointRun[]> {
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
      label: 'baseline node:http + Ed25519',
      start: () => startProcess(['bin/run-ts.js', 'test/bench/baseline-server.ts'], env, '/'),
    },
    { label: 'profile-assistant', start: () => startApp(env) },
  ];
  const runs: EndpointRun[] = [];
  for (const kind of ['ping', 'command'] as const) {
    for (const target of targets) {
      const server = await target.start();
      try {
        const url = `http://127.0.0.1:${server.port}`;
        await load(url, signedRequests(privateKey, kind, 2_000), 1); // warm-up (JIT, sockets)
        const result = await load(url, signedRequests(privateKey, kind, pool), duration);
        runs.push({
          label: `${target.label}, ${kind === 'ping' ? 'PING → PONG' : '/skills rajdeep → embed'}`,
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
  return runs;
}

export function endpointRows(runs: readonly EndpointRun[]): Row[] {
  const rows: Row[] = runs.map((r) => ({
    figure: `endpoint: ${r.label}`,
    value: `${r.reqPerSecMedian.toLocaleString('en')} req/s (latency p50 ${r.latencyP50} ms, p99 ${r.latencyP99} ms; ${r.total.toLocaleString('en')} requests, ${r.non2xx} non-2xx, ${r.errors} errors)`,
    target: '—',
    met: null,
  }));
  for (const kind of ['PING', '/skills']) {
    const [base, ours] = [
      runs.find((r) => r.label.startsWith('baseline') && r.label.includes(kind)),
      runs.find((r) => r.label.startsWith('profile') && r.label.includes(kind)),
    ];
    if (!base || !ours) continue;
    const ratio = ours.reqPerSecMedian / base.reqPerSecMedian;
    rows.push({
      figure: `endpoint ratio, ${kind === 'PING' ? 'PING' : '/skills rajdeep'}: ours / baseline req/s`,
      value: `${(100 * ratio).toFixed(0)} %`,
      target: '≥ 80 %',
      met: ratio >= 0.8 && ours.non2xx === 0 && ours.errors === 0,
    });
  }
  return rows;
}
