// The endpoint benchmark's baseline: a bare node:http server that checks the same Ed25519 signature over
// timestamp + raw body and answers PING with PONG and a command with a one-line message. No framework.
import { createPublicKey, verify } from 'node:crypto';
import { createServer } from 'node:http';

const raw = process.env.DISCORD_PUBLIC_KEY ?? '';
const key = createPublicKey({
  key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(raw, 'hex')]),
  format: 'der',
  type: 'spki',
});

createServer((req, res) => {
  if (req.method === 'GET') return void res.end('ok');
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const signature = String(req.headers['x-signature-ed25519'] ?? '');
    const timestamp = String(req.headers['x-signature-timestamp'] ?? '');
    const valid =
      signature.length === 128 &&
      verify(null, Buffer.concat([Buffer.from(timestamp), body]), key, Buffer.from(signature, 'hex'));
    if (!valid) {
      res.writeHead(401).end('invalid request signature');
      return;
    }
    const interaction = JSON.parse(body.toString('utf8')) as { type: number };
    const answer = interaction.type === 1 ? { type: 1 } : { type: 4, data: { content: 'ok' } };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
  });
}).listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
