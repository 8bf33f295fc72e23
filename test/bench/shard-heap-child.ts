// Child of bench-shard-heap (run with --expose-gc): the real app (profile store, index, Discord gateway
// with DISCORD_SHARDS from the environment) against the parent's fake Discord. Over IPC it says "ready",
// then on "measure" answers { heapUsed, rss } after full GCs, and on "stop" shuts down.
import pino from 'pino';
import type { createApp as CreateApp } from '../../src/app/create-app.js';
import type { loadConfig as LoadConfig } from '../../src/config/config.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc || !process.send) {
  console.error('usage: spawned by test/bench/bench-shard-heap.ts (node --expose-gc, with an IPC channel)');
  process.exit(2);
}
// BENCH_FROM=dist measures the compiled build (what production runs); src runs the sources through tsx.
const base = new URL(process.env.BENCH_FROM === 'dist' ? '../../dist/src/' : '../../src/', import.meta.url);
const from = async <T>(path: string): Promise<T> => (await import(new URL(path, base).href)) as T;
const { createApp } = await from<{ createApp: typeof CreateApp }>('app/create-app.js');
const { loadConfig } = await from<{ loadConfig: typeof LoadConfig }>('config/config.js');

const loaded = loadConfig(process.env);
if (!loaded.ok) {
  console.error(loaded.errors.join('\n'));
  process.exit(1);
}
const app = createApp({
  config: loaded.config,
  logger: pino({ level: 'warn' }),
  watch: false,
  defaultMetrics: false,
});
const started = await app.start();
const send = (message: object) => process.send?.(message);
send({ kind: 'ready', profiles: started.profiles });

process.on('message', async (message: { kind: string }) => {
  if (message.kind === 'measure') {
    // Several passes with a turn of the event loop between them: weak references and finalizers settle.
    for (let i = 0; i < 4; i++) {
      gc();
      await new Promise((r) => setImmediate(r));
    }
    const { heapUsed, rss } = process.memoryUsage();
    send({ kind: 'heap', heapUsed, rss });
  }
  if (message.kind === 'stop') {
    await app.stop();
    process.disconnect();
  }
});
