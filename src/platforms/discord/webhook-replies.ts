// createWebhookReplies: edits and follow-ups of one interaction through Discord's webhook endpoints,
// for HTTP-interactions mode (no discord.js client there). The interaction token is the credential;
// a 429 is waited out as Discord asks (retry_after), a few times, and any other failure is thrown.
// In HTTP mode the deferral is our HTTP response to Discord, so an edit sent right after it can reach
// Discord before the deferred message exists: a 404 on `@original` is retried after a short pause.
import type { InteractionReplies } from './answer-in-time.js';

export interface WebhookRepliesOptions {
  /** REST base, e.g. https://discord.com/api (DISCORD_API_URL). */
  apiUrl: string;
  applicationId: string;
  token: string;
  fetch?: typeof fetch;
  /** Longest wait for one 429 before giving up (a follow-up is worthless after the token's 15 minutes). */
  maxRetryAfterMs?: number;
  /** Pause before asking again for an `@original` Discord does not know yet (doubles per attempt). */
  notYetMs?: number;
}

const ATTEMPTS = 4;
const ORIGINAL = '/messages/@original';

/** How long a 429 asks to wait: the JSON `retry_after` (seconds), else the Retry-After header. */
async function retryAfterMs(response: Response): Promise<number> {
  const body = (await response.json().catch(() => null)) as { retry_after?: unknown } | null;
  const seconds = Number(body?.retry_after ?? response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 1000;
}

export function createWebhookReplies(options: WebhookRepliesOptions): Omit<InteractionReplies, 'respond'> {
  const send = options.fetch ?? fetch;
  const base = `${options.apiUrl.replace(/\/$/, '')}/v10/webhooks/${options.applicationId}/${options.token}`;
  const maxWait = options.maxRetryAfterMs ?? 30_000;
  const notYet = options.notYetMs ?? 300;

  async function call(method: string, path: string, body?: Record<string, unknown>): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      const response = await send(`${base}${path}`, {
        method,
        headers: body ? { 'content-type': 'application/json' } : {},
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      if (response.ok) {
        await response.body?.cancel();
        return;
      }
      if (response.status === 429 && attempt < ATTEMPTS) {
        const wait = await retryAfterMs(response);
        if (wait <= maxWait) {
          await new Promise((resolve) => setTimeout(resolve, wait));
          continue;
        }
      }
      if (response.status === 404 && path === ORIGINAL && attempt < ATTEMPTS) {
        await response.body?.cancel();
        await new Promise((resolve) => setTimeout(resolve, notYet * 2 ** (attempt - 1)));
        continue;
      }
      const detail = await response.text().catch(() => '');
      throw new Error(`Discord answered ${response.status} to ${method} ${path}: ${detail.slice(0, 200)}`);
    }
  }

  return {
    editOriginal: (data) => call('PATCH', ORIGINAL, data),
    deleteOriginal: () => call('DELETE', ORIGINAL),
    followUp: (data) => call('POST', '', data),
  };
}
