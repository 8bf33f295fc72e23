// Routes `profile-assistant <verb> …` to the verb's module, loaded lazily (discord.js and Bolt load
// only for the verbs that need them).
import { type CliIo, type Verb, writeLine } from './cli-io.js';

const VERBS: Record<string, () => Promise<{ run: Verb; usage: string }>> = {
  ask: () => import('./ask.js'),
  shell: () => import('./shell.js'),
  start: () => import('./start.js'),
  'profiles check': () => import('./profiles-check.js'),
  'discord register': () => import('./discord-register.js'),
  'slack manifest': () => import('./slack-manifest.js'),
};

export const USAGE = `profile-assistant — answers questions about people from their profile files

usage:
  profile-assistant                       start every configured platform, or the local shell if none
  profile-assistant start [--shards auto|N|FIRST-LAST] [--shard-count TOTAL]
                                          run as a server (platforms + HTTP health/metrics)
  profile-assistant shell [--profiles DIR] the local chat (one answer per line when stdin is piped)
  profile-assistant ask <query…> [--profiles DIR] [--format text|json|discord|slack]
  profile-assistant profiles check [DIR] [--json]
  profile-assistant discord register [--guild ID] [--dry-run]
  profile-assistant slack manifest [--format yaml|json] [--http URL]

\`profile-assistant <verb> --help\` explains one verb.
Configuration comes from the environment (and .env); see README.md.`;

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [first, second] = argv;
  if (first === '--help' || first === '-h' || first === 'help') {
    writeLine(io.stdout, USAGE);
    return 0;
  }
  if (first === undefined || first.startsWith('-')) {
    const { runDefault } = await import('./default-verb.js');
    return runDefault(argv, io);
  }
  const twoWords = `${first} ${second ?? ''}`;
  const name = VERBS[twoWords] ? twoWords : VERBS[first] ? first : undefined;
  if (name) {
    const verb = await VERBS[name]!();
    const rest = argv.slice(name.split(' ').length);
    // Every verb answers --help the same way, before its own argument checks can refuse it.
    if (rest.includes('--help') || rest.includes('-h')) {
      writeLine(io.stdout, verb.usage);
      return 0;
    }
    return verb.run(rest, io);
  }
  const group = Object.keys(VERBS).filter((v) => v.startsWith(`${first} `));
  const hint =
    group.length > 0
      ? `did you mean: ${group.map((g) => `profile-assistant ${g}`).join(', ')}?`
      : 'see --help';
  writeLine(io.stderr, `profile-assistant: unknown command "${argv.join(' ')}"; ${hint}`);
  return 2;
}
