// parseInWorkers: parses many files at once on the machine's other cores (worker threads running
// parse-worker.js) while this thread parses too; results come back in the files' order, exactly as
// parsing them one by one here would give (parsing is a pure function of a file's name and bytes).
// Where there is no compiled worker (sources run through tsx) or few files, everything parses here.
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParseResult } from '../model/parse-result.js';
import { cpuBudget } from './cpu-budget.js';

export interface ParseBatch {
  files: { name: string; bytes: Uint8Array }[];
  maxBytes: number;
}

type Parse = (bytes: Uint8Array, name: string, options: { maxBytes: number }) => ParseResult;

/** Files per message: small enough to share the work evenly, large enough that messages cost little. */
const BATCH = 16;
/** A worker costs a start-up (loading and warming the parser): worth it only for this many files or more. */
const FILES_PER_WORKER = 150;
const MAX_WORKERS = 7;

/** The compiled parse worker, beside this module (in the bundle and in tsc's output). */
export const PARSE_WORKER = new URL('./parse-worker.js', import.meta.url);
/** The worker's first message: its parser has loaded. */
export const WORKER_READY = 'ready';

/** A core counts as idle when less than this much of it is busy (a daemon's tick, a measurement's grain). */
const BUSY_SLACK = 0.3;

/**
 * How many worker threads `count` files deserve on `cores` cores (this thread is one of them) of which
 * `load` are busy already (other processes): on a machine whose cores are all taken, extra threads only
 * add their start-up to the same queue.
 */
export function workersFor(count: number, cores: number, load: number): number {
  const idle = Math.floor(cores - load + BUSY_SLACK);
  return Math.max(0, Math.min(cores - 1, idle - 1, Math.floor(count / FILES_PER_WORKER), MAX_WORKERS));
}

export interface WorkerOptions {
  cores?: number;
  /** Cores other processes keep busy (default: the one-minute load average, or else busyShare). */
  load?: number;
  /** The share of the cores other processes were measured to keep busy just now (busy-cores.ts). */
  busyShare?: number | undefined;
  /** The compiled worker (parse-worker.js beside this module, in the bundle or tsc's output). */
  worker?: URL;
}

export async function parseInWorkers(
  files: ParseBatch['files'],
  maxBytes: number,
  parse: Parse,
  options: WorkerOptions = {},
): Promise<ParseResult[]> {
  const { cores = cpuBudget(), busyShare, worker = PARSE_WORKER } = options;
  const load = options.load ?? (busyShare === undefined ? (loadavg()[0] ?? 0) : busyShare * cores);
  const results: ParseResult[] = new Array(files.length);
  const batches: number[] = [];
  for (let start = 0; start < files.length; start += BATCH) batches.push(start);
  const parseHere = (start: number) => {
    for (let i = start; i < Math.min(start + BATCH, files.length); i++)
      results[i] = parse(files[i]!.bytes, files[i]!.name, { maxBytes });
  };
  const count = existsSync(fileURLToPath(worker)) ? workersFor(files.length, cores, load) : 0;
  const running = Array.from({ length: count }, () =>
    runWorker(worker, { files, maxBytes }, batches, results, parseHere),
  );
  // This thread takes a batch at a time too, yielding between them so the workers' replies are handled.
  while (batches.length > 0) {
    parseHere(batches.shift()!);
    if (count > 0) await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(running);
  return results;
}

/** One worker taking batches until none are left; a batch it fails on is parsed here instead. */
function runWorker(
  script: URL,
  { files, maxBytes }: ParseBatch,
  batches: number[],
  results: ParseResult[],
  parseHere: (start: number) => void,
): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(script);
    let current: number | undefined;
    const next = () => {
      current = batches.shift();
      if (current === undefined) {
        void worker.terminate().then(() => resolve());
        return;
      }
      worker.postMessage({ files: files.slice(current, current + BATCH), maxBytes } satisfies ParseBatch);
    };
    worker.on('message', (parsed: ParseResult[] | typeof WORKER_READY) => {
      if (parsed === WORKER_READY) return;
      parsed.forEach((result, i) => {
        results[current! + i] = result;
      });
      next();
    });
    worker.once('error', () => {
      if (current !== undefined) parseHere(current);
      current = undefined;
      resolve();
    });
    next();
  });
}
