// Starts a server as a child process (the real `profile-assistant start` from dist/, or the baseline) and
// waits until it answers, so benchmarks measure what production runs, isolated from the load generator.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

export interface RunningProcess {
  port: number;
  /** Spawn to first successful answer of `readyPath`, in ms. */
  readyMs: number;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function startProcess(
  args: readonly string[],
  env: Record<string, string>,
  readyPath = '/readyz',
  timeoutMs = 60_000,
): Promise<RunningProcess> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited ${child.exitCode}: ${stderr}`);
    if (performance.now() - started > timeoutMs) {
      await stopChild(child);
      throw new Error(`${args.join(' ')} not ready after ${timeoutMs} ms: ${stderr}`);
    }
    const ok = await fetch(`http://127.0.0.1:${port}${readyPath}`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { port, readyMs: performance.now() - started, stop: () => stopChild(child) };
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** `profile-assistant start` from the compiled build, with env on top of a quiet, limit-free default. */
// BENCH_APP_NODE_FLAGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the app under load.
export const startApp = (env: Record<string, string>) =>
  startProcess(
    [
      ...(process.env.BENCH_APP_NODE_FLAGS?.split(' ').filter(Boolean) ?? []),
      'bin/profile-assistant.js',
      'start',
    ],
    {
      PROFILE_ASSISTANT_BUILD: 'dist',
      LOG_LEVEL: 'info',
      ...env,
    },
  );
