// `profile-assistant slack manifest [--format yaml|json] [--http URL]`: the Slack app manifest from commands/.
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { loadConfig } from '../config/config.js';
import { formatConfigErrors } from '../config/format-config-errors.js';
import { slackManifest } from '../platforms/slack/manifest.js';
import { type CliIo, writeLine } from './cli-io.js';

export const usage =
  'usage: profile-assistant slack manifest [--format yaml|json] [--http https://host/slack/events]\n' +
  '  Prints the Slack app manifest made from commands/ (default YAML). Without --http it is for Socket Mode;\n' +
  '  with --http it points slash commands, events and interactivity at that public URL (HTTP mode).';
const USAGE = usage;

export async function run(args: string[], io: CliIo): Promise<number> {
  let values: { format?: string; http?: string };
  try {
    ({ values } = parseArgs({ args, options: { format: { type: 'string' }, http: { type: 'string' } } }));
  } catch (error) {
    writeLine(io.stderr, `${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const format = values.format ?? 'yaml';
  if (format !== 'yaml' && format !== 'json') {
    writeLine(io.stderr, `--format must be yaml or json, got "${format}"\n${USAGE}`);
    return 2;
  }
  if (values.http !== undefined && !/^https:\/\//.test(values.http)) {
    writeLine(io.stderr, `--http must be the public https URL of POST /slack/events, got "${values.http}"`);
    return 2;
  }
  const loaded = loadConfig(io.env);
  if (!loaded.ok) {
    writeLine(io.stderr, formatConfigErrors(loaded.errors, 'profile-assistant slack manifest'));
    return 1;
  }
  const manifest = slackManifest({
    prefix: loaded.config.slack.commandPrefix,
    socketMode: values.http === undefined,
    ...(values.http ? { requestUrl: values.http } : {}),
  });
  io.stdout.write(format === 'json' ? `${JSON.stringify(manifest, null, 2)}\n` : stringify(manifest));
  return 0;
}
