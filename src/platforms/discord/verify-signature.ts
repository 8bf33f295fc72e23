// createSignatureVerifier: Discord's Ed25519 request signature over timestamp + raw body, key object made once.
import { createPublicKey, type KeyObject, verify } from 'node:crypto';

// SPKI DER header for a raw 32-byte Ed25519 public key.
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const MAX_AGE_S = 300;
const MAX_SKEW_AHEAD_S = 60;

export type VerifyOutcome = { ok: true } | { ok: false; reason: string };

export function createSignatureVerifier(publicKeyHex: string, now: () => number = Date.now) {
  const key: KeyObject = createPublicKey({
    key: Buffer.concat([SPKI_PREFIX, Buffer.from(publicKeyHex, 'hex')]),
    format: 'der',
    type: 'spki',
  });
  return function check(
    signature: string | undefined,
    timestamp: string | undefined,
    body: Buffer,
  ): VerifyOutcome {
    if (!signature || !timestamp) return { ok: false, reason: 'missing signature headers' };
    if (!/^[0-9a-f]{128}$/i.test(signature)) return { ok: false, reason: 'malformed signature' };
    if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'malformed timestamp' };
    // Discord does not check freshness for us: an old signed request must not be replayable later.
    const age = now() / 1000 - Number(timestamp);
    if (age > MAX_AGE_S) return { ok: false, reason: 'timestamp too old' };
    if (age < -MAX_SKEW_AHEAD_S) return { ok: false, reason: 'timestamp in the future' };
    const signed = Buffer.concat([Buffer.from(timestamp), body]);
    return verify(null, signed, key, Buffer.from(signature, 'hex'))
      ? { ok: true }
      : { ok: false, reason: 'bad signature' };
  };
}
