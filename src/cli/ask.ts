// `ask` verb: answers one query exactly as the bot would, as text, JSON or a platform payload.
import { parseArgs } from 'node:util';
import { openLocalEngine } from '../app/local-engine.js';
import { loadConfig } from '../config/config.js';
import type { Reply } from '../engine/reply.js';
import { renderText } from '../render/text.js';
import { type CliIo, writeLine } from './cli-io.js';

const FORMATS = ['text', 'json', 'discord', 'slack'] as const;
type Format = (typeof FORMATS)[number];

export const ASK_USAGE =
  'usage: profile-assistant ask <query…> [--profiles DIR] [--format text|json|discord|slack]\n' +
  '  e.g. profile-assistant ask "who knows django" --format json';

export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseAskArgs(args);
  if (!parsed.ok) {
    writeLine(io.stderr, `profile-assistant ask: ${parsed.problem}\n${ASK_USAGE}`);
    return 2;
  }
  if (parsed.help) {
    writeLine(io.stdout, ASK_USAGE);
    return 0;
  }
  const opened = await openLocalEngine({
    env: io.env,
    cwd: io.cwd,
    ...(parsed.profiles ? { profilesDir: parsed.profiles } : {}),
    watch: false,
    stderr: io.stderr,
    who: 'profile-assistant ask',
  });
  if (!opened.ok) {
    writeLine(io.stderr, opened.message);
    return 1;
  }
  const { engine } = opened.local;
  const reply = engine.answer(engine.parse(parsed.query, { platform: 'cli' }));
  await opened.local.close();
  return print(reply, parsed.format, io);
}

/** The Slack command prefix the payload's buttons use (config is read again only for Slack). */
function slackPrefix(env: CliIo['env']): string {
  const config = loadConfig(env);
  return config.ok ? config.config.slack.commandPrefix : '';
}

async function print(reply: Reply, format: Format, io: CliIo): Promise<number> {
  if (format === 'text') {
    writeLine(io.stdout, renderText(reply));
    return 0;
  }
  if (format === 'json') {
    writeLine(io.stdout, JSON.stringify(toJson(reply), null, 2));
    return 0;
  }
  const payload = await platformPayload(reply, format, format === 'slack' ? slackPrefix(io.env) : '');
  if (payload === null) {
    writeLine(io.stderr, `profile-assistant ask: --format ${format} is not available in this build yet`);
    return 2;
  }
  writeLine(io.stdout, JSON.stringify(payload, null, 2));
  return 0;
}

/** The documented contract (README) (kind, person, candidates, text) plus the rest of the reply. */
export function toJson(reply: Reply) {
  const {
    kind,
    person,
    candidates,
    title,
    description,
    ephemeral,
    data,
    blocks,
    links,
    footer,
    suggestions,
  } = reply;
  return {
    kind,
    person,
    candidates,
    text: renderText(reply),
    title,
    ...(description === undefined ? {} : { description }),
    ephemeral,
    data,
    blocks,
    links,
    ...(footer === undefined ? {} : { footer }),
    suggestions,
  };
}

/** Renderers are loaded only when asked for; a build without one says so instead of crashing. */
async function platformPayload(
  reply: Reply,
  format: 'discord' | 'slack',
  slackPrefix: string,
): Promise<unknown> {
  try {
    if (format === 'discord') return (await import('../render/discord.js')).renderDiscord(reply).payload;
    return (await import('../render/slack.js')).renderSlack(reply, { commandPrefix: slackPrefix }).payload;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') return null;
    throw error;
  }
}

type AskArgs =
  | { ok: true; help: boolean; query: string; profiles: string | undefined; format: Format }
  | { ok: false; problem: string };

export function parseAskArgs(args: string[]): AskArgs {
  let values: { profiles?: string; format?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        profiles: { type: 'string' },
        format: { type: 'string', short: 'f' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return { ok: false, problem: (error as Error).message.split('\n')[0] ?? 'bad arguments' };
  }
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    return { ok: false, problem: `unknown --format "${format}" (expected text, json, discord or slack)` };
  }
  const query = positionals.join(' ').trim();
  if (!values.help && !query) return { ok: false, problem: 'no query given' };
  return { ok: true, help: values.help ?? false, query, profiles: values.profiles, format: format as Format };
}

export { ASK_USAGE as usage };
