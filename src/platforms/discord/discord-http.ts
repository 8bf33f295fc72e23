// createDiscordHttp: the HTTP interactions endpoint (POST /discord/interactions), no gateway or token needed:
// Ed25519 over the raw bytes, fresh timestamps only, replays refused, bodies capped.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { jsonDepthExceeds } from '../http/json-depth.js';
import { readCappedBody } from '../http/read-capped-body.js';
import { createRefusalLog } from '../http/refusal-log.js';
import { sendJson } from '../http/send-json.js';
import type { Platform, PlatformFactory } from '../platform.js';
import { createSeenIds } from '../seen-ids.js';
import { answerInTime } from './answer-in-time.js';
import { notice, respondToInteraction } from './interaction-response.js';
import { InteractionSchema } from './interaction-schema.js';
import { createPageTokens } from './page-token.js';
import { createSignatureVerifier } from './verify-signature.js';
import { createWebhookReplies } from './webhook-replies.js';

export const DISCORD_INTERACTIONS_PATH = '/discord/interactions';
const MAX_BODY_BYTES = 64 * 1024;
// Interaction tokens live 15 minutes; a replay after our 5-minute freshness window fails the timestamp check anyway.
const REPLAY_WINDOW_MS = 15 * 60 * 1000;
// A real interaction nests about 8 deep (data.options of a subcommand group); zod's recursive option
// schema overflows the stack near 1,000, so anything past this is refused before parsing.
const MAX_JSON_DEPTH = 32;

export interface DiscordHttpOptions {
  now?: () => number;
  /** Defer an interaction whose answer is not ready this long after it was created (default 2000). */
  deferAfterMs?: number;
  /** For follow-ups through the webhook (tests). */
  fetch?: typeof fetch;
}

const noWebhook = async () => {
  throw new Error('the interaction has no application id or token to follow up with');
};

export function createDiscordHttpPlatform(
  deps: Parameters<PlatformFactory>[0],
  options: DiscordHttpOptions = {},
): Platform {
  const publicKey = deps.config.discord.publicKey;
  if (!publicKey)
    throw new Error('DISCORD_PUBLIC_KEY is required for the Discord HTTP interactions endpoint');
  const verify = createSignatureVerifier(publicKey, options.now);
  // Shared with every replica when REDIS_URL is set: a redelivery to another replica is refused too.
  const seen = createSeenIds({
    scope: 'discord',
    ttlMs: REPLAY_WINDOW_MS,
    ...(deps.state ? { store: deps.state } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  const tokens = createPageTokens(deps.state ? { store: deps.state } : {});
  const log = deps.logger;
  const apiUrl = deps.config.discord.apiUrl;
  const webhookOptions = options.fetch ? { fetch: options.fetch } : {};
  const timing = options.deferAfterMs === undefined ? {} : { deferAfterMs: options.deferAfterMs };
  // Forged or replayed requests are logged in aggregate: a flood of them must not flood the log.
  const refusals = createRefusalLog({ logger: log, what: 'discord interaction' });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readCappedBody(req, res, MAX_BODY_BYTES, refusals);
    if (!body) return;
    const header = (name: string) => {
      const value = req.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    const verdict = verify(header('x-signature-ed25519'), header('x-signature-timestamp'), body);
    if (!verdict.ok) {
      refusals.refused(verdict.reason);
      return sendJson(res, 401, { error: `invalid request signature: ${verdict.reason}` });
    }
    const text = body.toString('utf8');
    if (jsonDepthExceeds(text, MAX_JSON_DEPTH))
      return sendJson(res, 400, { error: 'JSON nested too deeply' });
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return sendJson(res, 400, { error: 'body is not JSON' });
    }
    const parsed = InteractionSchema.safeParse(json);
    if (!parsed.success) return sendJson(res, 400, { error: 'not a Discord interaction' });
    const interaction = parsed.data;
    if (!(await seen.firstTime(interaction.id))) {
      refusals.refused('replayed');
      return sendJson(res, 409, { error: 'interaction already handled' });
    }
    const answer = respondToInteraction(interaction, deps.dispatch, tokens).catch((error: unknown) => {
      log.error({ err: error, interactionId: interaction.id }, 'discord interaction failed');
      return notice('Sorry, something went wrong answering that. It has been logged.');
    });
    // The HTTP response is the interaction's response; a slow answer follows through the webhook.
    const respond = async (body: object) => sendJson(res, 200, body);
    const { application_id: applicationId, token } = interaction;
    const replies =
      applicationId && token
        ? { respond, ...createWebhookReplies({ apiUrl, applicationId, token, ...webhookOptions }) }
        : { respond, editOriginal: noWebhook, deleteOriginal: noWebhook, followUp: noWebhook };
    try {
      await answerInTime(interaction, answer, replies, timing);
    } catch (error) {
      log.error({ err: error, interactionId: interaction.id }, 'discord follow-up failed');
    }
  }

  return {
    name: 'discord-http',
    routes: [{ method: 'POST', path: DISCORD_INTERACTIONS_PATH, handle }],
    async start() {},
    async stop() {},
    isReady: () => true,
  };
}

export const createDiscordHttp: PlatformFactory = async (deps) => createDiscordHttpPlatform(deps);
