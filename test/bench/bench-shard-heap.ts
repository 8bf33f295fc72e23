// Heap after GC of one process running 1 and 4 Discord gateway shards at 1,000 profiles, against the fake
// Discord, each answering slash commands on every shard first; plus the old layout (one process per
// shard, each with its own index) for comparison. Target: 4 shards ≤ 1.3 × 1 shard.
// Run: node bin/run-ts.js test/bench/bench-shard-heap.ts [--profiles=1000] [--rounds=3] [--src] [--without-old]
// (without --src it builds dist/ first and measures the compiled app, as production runs it; the old
// layout starts four apps at once and is the slow part on a busy machine: --without-old skips it).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandInteraction } from '../e2e/discord/http-harness.js';
import { FakeDiscord } from '../e2e/fakes/fake-discord.js';
import { generateProfile } from './markdown-corpus.js';
import { median } from './stats.js';

const option = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const profiles = option('profiles', 1000);
const rounds = option('rounds', 3);
const from = process.argv.includes('--src') ? 'src' : 'dist';
const SKILLS = ['rust', 'go', 'typescript', 'python', 'kubernetes', 'terraform', 'postgresql', 'react'];
const MB = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

interface Child {
  process: ChildProcess;
  next(kind: string): Promise<Record<string, number>>;
}

function spawnChild(env: Record<string, string>): Child {
  const child = spawn(process.execPath, ['--expose-gc', 'bin/run-ts.js', 'test/bench/shard-heap-child.ts'], {
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', BENCH_FROM: from, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const inbox: Record<string, number | string>[] = [];
  const waiting: (() => void)[] = [];
  child.on('message', (m) => {
    inbox.push(m as Record<string, number | string>);
    for (const wake of waiting.splice(0)) wake();
  });
  return {
    process: child,
    async next(kind) {
      for (;;) {
        const i = inbox.findIndex((m) => m.kind === kind);
        if (i >= 0) return inbox.splice(i, 1)[0] as Record<string, number>;
        if (child.exitCode !== null) throw new Error(`shard-heap child exited ${child.exitCode}`);
        await new Promise<void>((resolve) => {
          waiting.push(resolve);
          setTimeout(resolve, 500);
        });
      }
    },
  };
}

/** Starts one process per entry of `shardSets`, answers 16 commands on each shard, returns the heaps. */
async function measure(dir: string, shardSets: { shards: string; count?: string }[], total: number) {
  const fake = new FakeDiscord();
  fake.maxConcurrency = 16; // no 5 s identify turn between shards: the heap does not depend on it
  await fake.start();
  const children = shardSets.map(({ shards, count }) =>
    spawnChild({
      PROFILES_DIR: dir,
      DISCORD_TOKEN: 'fake-token-for-bench',
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_SHARDS: shards,
      ...(count ? { DISCORD_SHARD_COUNT: count } : {}),
      RATE_LIMIT_USER_PER_MINUTE: '1000000',
    }),
  );
  try {
    for (const child of children) {
      const ready = await child.next('ready');
      if (ready.profiles !== profiles) throw new Error(`loaded ${ready.profiles} of ${profiles} profiles`);
    }
    for (let shard = 0; shard < total; shard++) {
      for (let i = 0; i < 16; i++) {
        const interaction = commandInteraction('whoknows', [
          { name: 'skill', value: SKILLS[i % SKILLS.length]! },
        ]);
        fake.dispatch('INTERACTION_CREATE', interaction, shard);
        await fake.waitFor((r) => r.path.startsWith(`/interactions/${interaction.id}/`), 20_000);
      }
    }
    const heaps = [];
    for (const child of children) {
      child.process.send({ kind: 'measure' });
      heaps.push(await child.next('heap'));
    }
    return {
      heapUsed: heaps.reduce((sum, h) => sum + h.heapUsed!, 0),
      rss: heaps.reduce((sum, h) => sum + h.rss!, 0),
    };
  } finally {
    for (const child of children) {
      if (child.process.connected) child.process.send({ kind: 'stop' });
      await new Promise((resolve) => child.process.once('exit', resolve));
    }
    await fake.stop();
  }
}

if (from === 'dist') {
  console.log('building dist/ …');
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    stdio: 'inherit',
  });
}
const dir = mkdtempSync(join(tmpdir(), 'pa-shard-heap-'));
for (let i = 0; i < profiles; i++) {
  const { file, text } = generateProfile(i);
  writeFileSync(join(dir, `${i}-${file}`), text);
}
const OLD = '4 shards, 4 processes (old ShardingManager layout)';
const layouts: Record<string, { shards: string; count?: string }[]> = {
  '1 shard, 1 process': [{ shards: '1' }],
  '4 shards, 1 process': [{ shards: '4' }],
  ...(process.argv.includes('--without-old')
    ? {}
    : { [OLD]: [0, 1, 2, 3].map((i) => ({ shards: `${i}-${i}`, count: '4' })) }),
};
const results = new Map<string, { heapUsed: number[]; rss: number[] }>();
try {
  for (let round = 0; round < rounds; round++) {
    // Alternating layouts within each round: a noisy minute hits all of them alike.
    for (const [name, sets] of Object.entries(layouts)) {
      const total = name.startsWith('1 ') ? 1 : 4;
      const { heapUsed, rss } = await measure(dir, sets, total);
      const entry = results.get(name) ?? { heapUsed: [], rss: [] };
      entry.heapUsed.push(heapUsed);
      entry.rss.push(rss);
      results.set(name, entry);
      console.log(`round ${round + 1} ${name}: heapUsed ${MB(heapUsed)} MB, rss ${MB(rss)} MB`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  `\n${profiles} profiles, app from ${from}, median of ${rounds} rounds (heapUsed after GC, summed over processes):`,
);
for (const [name, { heapUsed, rss }] of results) {
  console.log(
    `  ${name.padEnd(52)} heapUsed ${MB(median(heapUsed)).padStart(6)} MB   rss ${MB(median(rss)).padStart(6)} MB`,
  );
}
const one = median(results.get('1 shard, 1 process')!.heapUsed);
const four = median(results.get('4 shards, 1 process')!.heapUsed);
const ratio = four / one;
console.log(`  4 shards / 1 shard: ${ratio.toFixed(3)} (target ≤ 1.3: ${ratio <= 1.3 ? 'met' : 'NOT met'})`);
const old = results.get(OLD);
if (old) console.log(`  old layout / 1 shard: ${(median(old.heapUsed) / one).toFixed(3)}`);
process.exitCode = ratio <= 1.3 ? 0 : 1;
