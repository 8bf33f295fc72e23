// `shell` verb: the local chat over the profile folder (hot reload on a terminal).
import { openLocalEngine } from '../app/local-engine.js';
import { warmUp } from '../app/warm-up.js';
import { runShell } from '../platforms/shell/run-shell.js';
import { type CliIo, writeLine } from './cli-io.js';

export const SHELL_USAGE =
  'usage: profile-assistant shell [--profiles DIR]\n' +
  '  The local chat over DIR (default PROFILES_DIR, then ./profiles): interactive on a terminal, one answer per\n' +
  '  line when stdin is piped. Same commands and free text as in Discord and Slack DMs.';
export { SHELL_USAGE as usage };

export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseShellArgs(args);
  if (!parsed.ok) {
    writeLine(io.stderr, `profile-assistant shell: ${parsed.problem}\n${SHELL_USAGE}`);
    return 2;
  }
  const interactive = Boolean(io.stdin.isTTY && io.stdout.isTTY);
  const opened = await openLocalEngine({
    env: io.env,
    cwd: io.cwd,
    ...(parsed.profiles ? { profilesDir: parsed.profiles } : {}),
    watch: interactive,
    stderr: io.stderr,
    who: 'profile-assistant shell',
  });
  if (!opened.ok) {
    writeLine(io.stderr, opened.message);
    return 1;
  }
  const { index } = opened.local;
  try {
    await runShell({
      dispatch: await opened.local.dispatch(),
      index,
      input: io.stdin,
      output: io.stdout,
      interactive,
      // The first question would otherwise pay the rule table's compilation (~0.3-0.4 s).
      whileIdle: () => void warmUp(opened.local.engine),
      ...(io.stopSignal ? { stopSignal: io.stopSignal } : {}),
    });
  } finally {
    await opened.local.close();
  }
  return 0;
}

/** `npm start` passes no arguments; `--profiles DIR` is the only flag. */
function parseShellArgs(args: string[]): { ok: true; profiles?: string } | { ok: false; problem: string } {
  if (args.length === 0) return { ok: true };
  const [flag, value, ...extra] = args;
  if (flag === '--profiles' && value && extra.length === 0) return { ok: true, profiles: value };
  if (flag?.startsWith('--profiles=') && !value)
    return { ok: true, profiles: flag.slice('--profiles='.length) };
  return { ok: false, problem: `unexpected argument "${args.join(' ')}"` };
}
