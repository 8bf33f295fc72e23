// readCappedBody: how a webhook route (Slack events, Discord interactions) reads a body before checking
// its signature: over the cap it answers 413 and notes the refusal, in one place for every route.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLargeError, readBody } from './read-body.js';
import type { RefusalLog } from './refusal-log.js';
import { refuseTooLarge } from './send-json.js';

/** The whole body, or null once a body over `limit` bytes has been refused (413, noted in `refusals`). */
export async function readCappedBody(
  req: IncomingMessage,
  res: ServerResponse,
  limit: number,
  refusals: RefusalLog,
): Promise<Buffer | null> {
  try {
    return await readBody(req, limit);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    refusals.refused('body too large');
    refuseTooLarge(req, res, error.limit);
    return null;
  }
}
