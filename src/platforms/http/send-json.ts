// Writes a small JSON response (health, errors); never cached. Also the one way to refuse a body over its cap.
import type { IncomingMessage, ServerResponse } from 'node:http';

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/**
 * 413 without reading the rest of the body: `connection: close` makes Node close the socket once the
 * answer is written, so an oversized upload costs neither memory nor the time to receive it.
 */
export function refuseTooLarge(req: IncomingMessage, res: ServerResponse, limit: number): void {
  req.pause();
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, 413, { error: 'payload_too_large', limit }, { connection: 'close' });
}
