// `profile-assistant discord register [--guild ID] [--dry-run]`: sync slash commands; only changes are sent.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.js';
import { formatConfigErrors } from '../config/format-config-errors.js';
import {
  commandPayloads,
  describeDiff,
  isEmptyDiff,
  wireForm,
} from '../platforms/discord/command-payload.js';
import { registerCommands } from '../platforms/discord/register-commands.js';
import { type CliIo, writeLine } from './cli-io.js';

export const usage =
  'usage: profile-assistant discord register [--guild ID] [--dry-run]\n' +
  '  Syncs the slash commands with Discord (DISCORD_TOKEN, DISCORD_APPLICATION_ID): only changes are sent.\n' +
  '  --guild ID  one server, instantly (default DISCORD_GUILD_ID, else global)\n' +
  '  --dry-run   show the diff and send nothing; without a token, print the exact command payload offline';
const USAGE = usage;

export async function run(args: string[], io: CliIo): Promise<number> {
  let values: { guild?: string; 'dry-run'?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: { guild: { type: 'string' }, 'dry-run': { type: 'boolean' } },
    }));
  } catch (error) {
    writeLine(io.stderr, `${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const loaded = loadConfig(io.env);
  if (!loaded.ok) {
    writeLine(io.stderr, formatConfigErrors(loaded.errors, 'profile-assistant discord register'));
    return 1;
  }
  const { discord } = loaded.config;
  if (values['dry-run'] === true && !discord.token) {
    // Offline preview: exactly what a registration would PUT, no token and no network needed.
    writeLine(io.stdout, JSON.stringify(commandPayloads().map(wireForm), null, 2));
    writeLine(
      io.stderr,
      'Dry run without DISCORD_TOKEN: the payload above is what would be sent; nothing was compared or sent.',
    );
    return 0;
  }
  const missing = [
    !discord.token && 'DISCORD_TOKEN',
    !discord.applicationId && 'DISCORD_APPLICATION_ID',
  ].filter(Boolean);
  if (missing.length > 0) {
    writeLine(
      io.stderr,
      `profile-assistant: set ${missing.join(' and ')} to register commands (see README: Discord set-up)`,
    );
    return 1;
  }
  const guildId = values.guild ?? discord.guildId;
  if (guildId !== null && !/^\d{17,20}$/.test(guildId)) {
    writeLine(io.stderr, `--guild: expected a Discord snowflake (17-20 digits), got "${guildId}"`);
    return 2;
  }
  const outcome = await registerCommands({
    apiUrl: discord.apiUrl,
    token: discord.token!,
    applicationId: discord.applicationId!,
    guildId,
    dryRun: values['dry-run'] === true,
  });
  if (!outcome.ok) {
    writeLine(io.stderr, `profile-assistant: registration failed: ${outcome.error}`);
    return 1;
  }
  const lines = describeDiff(outcome.diff);
  if (isEmptyDiff(outcome.diff))
    writeLine(io.stdout, `Commands (${outcome.scope}) are up to date; nothing sent.`);
  else {
    writeLine(io.stdout, `Changes (${outcome.scope}):\n  ${lines.join('\n  ')}`);
    writeLine(io.stdout, outcome.sent ? 'Sent.' : 'Dry run: nothing sent.');
  }
  return 0;
}
