// The Discord HTTP endpoint with shared state on a real redis-server (de-dup SET NX + two Redis rate
// limiters per request) against the same app with in-memory state: req/s alternating, same machine.
// Run: npm run build && node bin/run-ts.js test/bench/bench-redis-endpoint.ts [seconds] [rounds] [command|ping]
import { generateKeyPairSync } from 'node:crypto';
import { join } from 'node:path';
import { startRedisServer } from '../e2e/redis/redis-server.js';
import { startApp } from './app-process.js';
import { load, signedRequests } from './bench-endpoint.js';
import { median } from './stats.js';

const duration = Number(process.argv[2] ?? 5);
const rounds = Number(process.argv[3] ?? 3);
const kind = process.argv[4] === 'ping' ? 'ping' : 'command';
const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const env = {
  DISCORD_PUBLIC_KEY: publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex'),
  PROFILES_DIR: join(process.cwd(), 'profiles'),
  RATE_LIMIT_USER_PER_MINUTE: '1000000000',
  RATE_LIMIT_COMMUNITY_PER_MINUTE: '1000000000',
  LOG_LEVEL: 'warn',
};
const redis = await startRedisServer();
const results: Record<'memory' | 'redis', number[]> = { memory: [], redis: [] };
try {
  for (let round = 0; round < rounds; round++) {
    for (const target of ['memory', 'redis'] as const) {
      const app = await startApp(target === 'redis' ? { ...env, REDIS_URL: redis.url } : env);
      try {
        const url = `http://127.0.0.1:${app.port}`;
        await load(url, signedRequests(privateKey, kind, 2_000), 1);
        const result = await load(url, signedRequests(privateKey, kind, 60_000), duration);
        if (result.non2xx || result.errors) throw new Error(`${target}: ${result.non2xx} non-2xx`);
        results[target].push(result.requests.average);
        console.log(`round ${round + 1} ${target}: ${result.requests.average} req/s`);
      } finally {
        await app.stop();
      }
    }
  }
} finally {
  await redis.stop();
}
const ratios = results.redis.map((r, i) => r / results.memory[i]!);
console.log(
  `memory ${median(results.memory)} req/s, redis ${median(results.redis)} req/s, ratio ${(100 * median(ratios)).toFixed(0)} % (rounds ${ratios.map((r) => `${(100 * r).toFixed(0)} %`).join(', ')})`,
);
