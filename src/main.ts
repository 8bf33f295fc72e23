// The process entry: hands argv, streams and env (real env over an optional ./.env) to the CLI,
// turns signals into a stop request, and sets the exit code. The only module that touches `process` globals.
// No top-level await: the compiled build is one CommonJS script (bin/run-bundle.js keeps V8's code cache for it).
import { join } from 'node:path';
import { runCli } from './cli/run-cli.js';
import { mergeEnv, readEnvFile } from './config/read-env-file.js';
import { createStopSignal } from './stop-signal.js';

async function main(): Promise<void> {
  let fileEnv: Record<string, string> = {};
  try {
    fileEnv = await readEnvFile(join(process.cwd(), '.env'));
  } catch (error) {
    process.stderr.write(`profile-assistant: ${(error as Error).message}\n`);
    process.exit(1);
  }

  const code = await runCli(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: mergeEnv(process.env, fileEnv),
    cwd: process.cwd(),
    stopSignal: createStopSignal(process),
  });
  process.exitCode = code;
  // A verb has returned, so nothing should keep the process alive; if a stray handle (a socket a
  // library forgot to close, a reader that never drains stdout) does, exit anyway after a short while
  // instead of hanging a deploy.
  setTimeout(() => {
    process.stderr.write('profile-assistant: still running after the command finished; exiting\n');
    process.exit(code);
  }, 5_000).unref();
  // Nothing is left to run: once stdout and stderr are flushed, exit at once rather than let Node tear
  // the heap down piece by piece (tens of ms after an `ask` answer is printed). 'exit' listeners still
  // run (the code cache, log flushing).
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
}

/** Resolves once nothing written to `stream` is waiting in Node's buffer (at once, usually: pipes and
 * files are written synchronously on Linux). */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  if (stream.writableLength === 0) return Promise.resolve();
  return new Promise((resolve) => {
    stream.once('drain', resolve);
    stream.once('error', resolve);
  });
}

// A rejection escaping a verb is a bug: Node reports it and exits 1, as it did for a top-level await.
void main();
