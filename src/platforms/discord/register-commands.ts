// registerCommands: fetch the registered slash commands, diff them against commands/, PUT only on change.
import {
  type CommandDiff,
  commandPayloads,
  diffCommands,
  isEmptyDiff,
  normalizeRegistered,
  wireForm,
} from './command-payload.js';

export interface RegisterOptions {
  apiUrl: string;
  token: string;
  applicationId: string;
  guildId: string | null;
  dryRun: boolean;
  fetch?: typeof fetch;
}

export type RegisterOutcome =
  | { ok: true; diff: CommandDiff; sent: boolean; scope: string }
  | { ok: false; error: string };

async function discordError(response: Response): Promise<string> {
  const text = await response.text();
  try {
    const body = JSON.parse(text) as { message?: string; code?: number; errors?: unknown };
    const details = body.errors ? ` ${JSON.stringify(body.errors)}` : '';
    return `Discord answered ${response.status}: ${body.message ?? text}${body.code ? ` (code ${body.code})` : ''}${details}`;
  } catch {
    return `Discord answered ${response.status}: ${text.slice(0, 300)}`;
  }
}

export async function registerCommands(options: RegisterOptions): Promise<RegisterOutcome> {
  const request = options.fetch ?? fetch;
  const scope = options.guildId ? `guild ${options.guildId}` : 'global';
  const path = options.guildId
    ? `/applications/${options.applicationId}/guilds/${options.guildId}/commands`
    : `/applications/${options.applicationId}/commands`;
  const url = `${options.apiUrl}/v10${path}`;
  const headers = { authorization: `Bot ${options.token}`, 'content-type': 'application/json' };
  try {
    const current = await request(url, { headers });
    if (!current.ok) return { ok: false, error: await discordError(current) };
    const registered = ((await current.json()) as unknown[])
      .map(normalizeRegistered)
      .filter((c) => c !== null);
    const wanted = commandPayloads();
    const diff = diffCommands(registered, wanted);
    if (isEmptyDiff(diff) || options.dryRun) return { ok: true, diff, sent: false, scope };
    const put = await request(url, { method: 'PUT', headers, body: JSON.stringify(wanted.map(wireForm)) });
    if (!put.ok) return { ok: false, error: await discordError(put) };
    return { ok: true, diff, sent: true, scope };
  } catch (error) {
    return {
      ok: false,
      error: `could not reach Discord at ${options.apiUrl}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
