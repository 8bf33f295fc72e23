// The process entry: hands argv, streams and env to the CLI, turns signals into a stop request,
// and sets the exit code. The only module that touches `process` globals.
import { runCli } from './cli/run-cli.js';

const stopSignal = new Promise<string>((resolve) => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => resolve(signal));
});

const code = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  stopSignal,
});
process.exitCode = code;
