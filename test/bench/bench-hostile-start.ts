// `node bin/run-ts.js test/bench/bench-hostile-start.ts [FILES]`: the real `start` (the bundle in dist/app)
// over the two seed profiles plus FILES (default 40) hostile 1 MB profiles that parse correctly but take
// seconds each. Prints the wall time to the first /healthz and /readyz answer, the process's CPU seconds
// and peak RSS then, and the same once it has gone quiet (everything parsed or skipped).
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GROWTH_FAMILIES } from '../fuzz/growth-families.js';
import { freePort } from './app-process.js';

const ROOT = join(import.meta.dirname, '../..');
const SLOW = ['uses of one link reference definition', 'cells of a layout table (each holding a heading)'];

/** A profile of `family` repeated until it is just under 1 MB. */
function megabyte(name: string): string {
  const family = GROWTH_FAMILIES.find((f) => f.name === name)!;
  let n = family.n;
  while (family.make(n * 2).length < 1_000_000) n *= 2;
  while (family.make(Math.floor(n * 1.1)).length < 1_000_000) n = Math.floor(n * 1.1);
  return family.make(n);
}

/** CPU seconds (user + system), peak and current RSS in MB of a running process, from /proc. */
function usage(pid: number): { cpuS: number; peakMb: number; rssMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (line: RegExpExecArray | null) => Math.round(Number(line?.[1] ?? 0) / 1024);
  return {
    cpuS: ticks / 100,
    peakMb: kb(/VmHWM:\s+(\d+)/.exec(status)),
    rssMb: kb(/VmRSS:\s+(\d+)/.exec(status)),
  };
}

const answers = (port: number, path: string) =>
  fetch(`http://127.0.0.1:${port}${path}`).then(
    (r) => r.ok,
    () => false,
  );

const count = Number(process.argv[2] ?? 40);
const base = mkdtempSync(join(tmpdir(), 'pa-hostile-start-'));
const dir = join(base, 'profiles');
mkdirSync(dir);
for (const name of ['rajat-jog.md', 'rajdeep-sengupta.md'])
  copyFileSync(join(ROOT, 'profiles', name), join(dir, name));
const bodies = SLOW.map(megabyte);
for (let i = 0; i < count; i++)
  writeFileSync(
    join(dir, `hostile-${i}.md`),
    bodies[i % bodies.length]!.replace('Ada Lovelace', `Ada H${i}`),
  );

const port = await freePort();
const started = performance.now();
const child = spawn(process.execPath, [join(ROOT, 'bin/profile-assistant.js'), 'start'], {
  cwd: base,
  env: {
    PATH: process.env.PATH ?? '',
    PROFILE_ASSISTANT_BUILD: 'dist',
    DISCORD_PUBLIC_KEY: 'ab'.repeat(32),
    DISCORD_APPLICATION_ID: '123456789012345678',
    HOST: '127.0.0.1',
    PORT: String(port),
    PROFILES_DIR: dir,
    LOG_LEVEL: 'warn',
    ...(process.env.PROFILE_STARTUP_BUDGET_MS && {
      PROFILE_STARTUP_BUDGET_MS: process.env.PROFILE_STARTUP_BUDGET_MS,
    }),
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const pid = child.pid!;
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
try {
  while (!(await answers(port, '/healthz'))) await new Promise((r) => setTimeout(r, 50));
  console.log(`first /healthz after ${seconds()} s`, usage(pid));
  while (!(await answers(port, '/readyz'))) await new Promise((r) => setTimeout(r, 50));
  console.log(`first /readyz after ${seconds()} s`, usage(pid));
  // Quiet: under 0.05 s of CPU in each of two seconds running.
  let last = usage(pid).cpuS;
  for (let still = 0; still < 2; ) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = usage(pid).cpuS;
    still = now - last < 0.05 ? still + 1 : 0;
    last = now;
  }
  console.log(`quiet after ${seconds()} s`, usage(pid));
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  rmSync(base, { recursive: true, force: true });
}
