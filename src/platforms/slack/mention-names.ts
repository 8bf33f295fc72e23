// createMentionNames: display names for the users a message mentions (`<@U123>`), looked up with
// users.info under a deadline. An answer never waits on Slack's API for long: the app's own client
// retries for up to 30 minutes (and sleeps through a 429's Retry-After), which left every command
// naming someone unanswered while users.info was rate-limited, failing or slow. Names are kept
// (bounded), so a name asked for again costs no call.
import { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { boltLogger } from './bolt-logger.js';
import { unnamedMentions } from './slack-text.js';

/** How long an answer waits for names; past it the mentions are left out (as when a lookup fails). */
export const NAME_LOOKUP_MS = 1000;
/** Mentions looked up per message. */
const MAX_LOOKUPS = 5;
const MAX_CACHED = 10_000;

export interface MentionNameOptions {
  botToken: string;
  apiUrl: string;
  log: Logger;
  lookupMs?: number;
}

/** A Slack user's names, as users.info gives them. */
export interface SlackUserNames {
  display?: string;
  real?: string;
  username?: string;
}

export function createMentionNames(
  options: MentionNameOptions,
): (text: string) => Promise<Map<string, SlackUserNames>> {
  const { log } = options;
  const lookupMs = options.lookupMs ?? NAME_LOOKUP_MS;
  // Its own client: one try, no waiting out rate limits, a timeout of its own.
  const client = new webApi.WebClient(options.botToken, {
    slackApiUrl: options.apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: lookupMs,
    logger: boltLogger(log),
  });
  const known = new Map<string, SlackUserNames>();

  async function lookUp(id: string): Promise<void> {
    try {
      const info = await client.users.info({ user: id });
      const user = info.user;
      const names: SlackUserNames = {};
      if (user?.profile?.display_name) names.display = user.profile.display_name;
      if (user?.real_name || user?.profile?.real_name) names.real = user.real_name || user.profile?.real_name;
      if (user?.name) names.username = user.name;
      if (!names.display && !names.real && !names.username) return;
      if (known.size >= MAX_CACHED) known.clear();
      known.set(id, names);
    } catch (error) {
      log.warn({ err: error, user: id }, 'slack users.info failed; mention left out');
    }
  }

  return async (text) => {
    const wanted = unnamedMentions(text).slice(0, MAX_LOOKUPS);
    const missing = [...new Set(wanted.filter((id) => !known.has(id)))];
    if (missing.length > 0) {
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, lookupMs);
      });
      await Promise.race([Promise.all(missing.map(lookUp)), deadline]);
      clearTimeout(timer);
    }
    const names = new Map<string, SlackUserNames>();
    for (const id of wanted) {
      const name = known.get(id);
      if (name !== undefined) names.set(id, name);
    }
    return names;
  };
}
