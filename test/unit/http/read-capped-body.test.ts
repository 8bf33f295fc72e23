// readCappedBody on a real HTTP server: a body within the cap is read whole; one over it is answered 413
// and noted once as a refusal, and the route's handler goes no further.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCappedBody } from '../../../src/platforms/http/read-capped-body.js';

const refused: string[] = [];
const handled: string[] = [];
let server: Server;
let url = '';

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const body = await readCappedBody(req, res, 64, { refused: (reason) => void refused.push(reason) });
    if (!body) return;
    handled.push(body.toString('utf8'));
    res.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('readCappedBody', () => {
  it('gives the whole body when it is within the cap', async () => {
    const res = await fetch(url, { method: 'POST', body: 'payload=small' });
    expect(await res.text()).toBe('ok');
    expect(handled).toContain('payload=small');
  });

  it('answers 413 to a body over the cap, notes it as refused and stops the handler', async () => {
    const before = handled.length;
    const res = await fetch(url, { method: 'POST', body: 'x'.repeat(65) });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: 'payload_too_large', limit: 64 });
    expect(refused).toEqual(['body too large']);
    expect(handled).toHaveLength(before);
  });
});
