// createParsePool: parses the files of a hot reload in one long-lived worker thread, so a pathological file
// (seconds of parsing) never pauses the answers the main thread gives meanwhile. Each file has a time
// budget: a parse that outlives it is abandoned (the worker is ended and another started for the next
// file) and the file rejected saying so, which keeps its person's last good version serving. Where no
// worker can run (sources run through tsx, a worker that cannot start), files parse here, said once.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParseResult } from '../model/parse-result.js';
import type { ParseMany } from './load-options.js';
import { loadParser, rejection } from './load-profile-files.js';
import { PARSE_WORKER, type ParseBatch, WORKER_READY } from './parse-in-workers.js';

/** Default time budget for parsing one file (PROFILE_PARSE_TIMEOUT_MS). */
export const DEFAULT_PARSE_TIMEOUT_MS = 10_000;
/** How long a new worker may take to load the parser before workers count as unavailable. */
const START_TIMEOUT_MS = 60_000;

export interface ParsePoolOptions {
  /** Budget for one file's parse, in milliseconds. */
  timeoutMs: number;
  /** The compiled worker (default: parse-worker.js beside parse-in-workers.js). */
  worker?: URL;
  /** Called once, when files start parsing on this thread instead, with the reason. */
  onFallback: (why: string) => void;
}

export interface ParsePool {
  parse: ParseMany;
  /** True once files parse on this thread (no worker could run). */
  readonly fallback: boolean;
  /** Ends the worker; files still waiting are rejected as not parsed. */
  close(): Promise<void>;
}

export const parseTimeoutReason = (ms: number) =>
  `parsing took longer than ${ms} ms (PROFILE_PARSE_TIMEOUT_MS); skipped`;

type Reply = { ok: true; data: unknown } | { ok: false; why: string };

/**
 * Sends `message` (none: waits for the worker's first message) and settles once, on whichever of the
 * worker's events comes first, or on `timeoutMs` with `late` as the reason; then stops listening.
 */
function ask(worker: Worker, message: ParseBatch | null, timeoutMs: number, late: string): Promise<Reply> {
  return new Promise((resolve) => {
    const done = (reply: Reply) => {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      resolve(reply);
    };
    const onMessage = (data: unknown) => done({ ok: true, data });
    const onError = (error: Error) => done({ ok: false, why: `the parser failed (${error.message})` });
    const onExit = (code: number) => done({ ok: false, why: `the parse worker stopped (exit code ${code})` });
    // Unref'd like the worker: a reload in flight never keeps the process alive on its own.
    const timer = setTimeout(() => done({ ok: false, why: late }), timeoutMs);
    timer.unref();
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    // A 'message' listener refs the worker again: a reload in flight must not keep the process alive.
    worker.unref();
    if (message) worker.postMessage(message);
  });
}

export function createParsePool(options: ParsePoolOptions): ParsePool {
  const { timeoutMs } = options;
  const script = options.worker ?? PARSE_WORKER;
  let worker: Worker | null = null;
  /** A worker still loading its parser (close() ends it too). */
  let starting: Worker | null = null;
  let unavailable: string | null = null;
  let closed = false;
  let queue: Promise<unknown> = Promise.resolve();

  const fallBack = (why: string) => {
    unavailable = why;
    options.onFallback(why);
  };

  /** The worker, started (and its parser loaded) if need be; null when none can run. */
  const started = async (): Promise<Worker | null> => {
    if (worker || unavailable !== null) return worker;
    if (!existsSync(fileURLToPath(script))) {
      fallBack(`no compiled parse worker at ${fileURLToPath(script)}`);
      return null;
    }
    const fresh = new Worker(script);
    starting = fresh;
    const ready = await ask(fresh, null, START_TIMEOUT_MS, `did not start within ${START_TIMEOUT_MS} ms`);
    starting = null;
    if (!ready.ok || ready.data !== WORKER_READY) {
      void fresh.terminate();
      const why = ready.ok ? 'it sent something else than ready' : ready.why;
      if (!closed) fallBack(`the parse worker could not start: ${why}`);
      return null;
    }
    if (closed) {
      void fresh.terminate();
      return null;
    }
    worker = fresh;
    return worker;
  };

  const end = () => {
    const ending = worker;
    worker = null;
    return ending ? ending.terminate().then(() => undefined) : Promise.resolve();
  };

  const parseOne = async (file: { name: string; bytes: Uint8Array }, maxBytes: number) => {
    if (closed) return rejection(file.name, 'not parsed: the profile store is closing');
    const running = await started();
    if (closed) return rejection(file.name, 'not parsed: the profile store is closing');
    if (!running) {
      const { parseProfile } = await loadParser();
      return parseProfile(file.bytes, file.name, { maxBytes });
    }
    const batch: ParseBatch = { files: [file], maxBytes };
    const reply = await ask(running, batch, timeoutMs, parseTimeoutReason(timeoutMs));
    if (reply.ok) return (reply.data as ParseResult[])[0]!;
    // Abandoned or crashed: this worker is done; the next file gets a fresh one.
    void end();
    if (closed) return rejection(file.name, 'not parsed: the profile store is closing');
    return rejection(file.name, reply.why);
  };

  return {
    parse(files, maxBytes) {
      // One file in the worker at a time, whoever asks: a reply is matched to its file by order alone.
      const run = queue.then(async () => {
        const results: ParseResult[] = [];
        for (const file of files) results.push(await parseOne(file, maxBytes));
        return results;
      });
      queue = run.catch(() => undefined);
      return run;
    },
    get fallback() {
      return unavailable !== null;
    },
    async close() {
      closed = true;
      await Promise.all([end(), starting?.terminate()]);
    },
  };
}
