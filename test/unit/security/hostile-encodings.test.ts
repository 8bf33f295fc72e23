// Text saved with the wrong encoding more than once ("…" → "â€¦" → "Ã¢â‚¬Â¦"), by Windows-1252 or
// Latin-1 readers: every layer is undone, and a short file with such damage is not taken for binary.
import { describe, expect, it } from 'vitest';
import { decodeCp1252 } from '../../../src/profiles/decode/cp1252.js';
import { decodeProfileBytes } from '../../../src/profiles/decode/decode.js';
import { parseProfile } from '../../../src/profiles/parse-profile.js';

const CLEAN = [
  '# José Müller 👋',
  '',
  '## 🛠 Skills',
  '- **Go**, Rust, TypeScript, and more…',
  '- I prefer “simple” systems that don’t surprise anyone — café-grade reliability',
  '',
  '## 📫 Contact',
  '- Email: jose@example.com',
  '',
].join('\n');

/** UTF-8 bytes read by a Windows-1252 or a Latin-1 reader, as text. */
const misread = {
  cp1252: (text: string) => decodeCp1252(new TextEncoder().encode(text)),
  latin1: (text: string) => Buffer.from(text, 'utf8').toString('latin1'),
};

function damaged(reader: keyof typeof misread, layers: number): Uint8Array {
  let text = CLEAN;
  for (let i = 0; i < layers; i++) text = misread[reader](text);
  return new TextEncoder().encode(text);
}

describe('text damaged by a wrong encoding several times', () => {
  for (const reader of ['cp1252', 'latin1'] as const)
    for (const layers of [2, 3]) {
      it(`reads text misread as ${reader} ${layers} times exactly as the clean text`, () => {
        const decoded = decodeProfileBytes(damaged(reader, layers));
        if (!decoded.ok) throw new Error(decoded.reason);
        expect(decoded.text).toBe(CLEAN);
        expect(decoded.warnings.map((w) => w.code)).toEqual(['mojibake-repaired']);
      });
    }

  it('gives the same profile as the clean file, not a rejection as binary', () => {
    const clean = parseProfile(new TextEncoder().encode(CLEAN), 'jose.md');
    const twice = parseProfile(damaged('latin1', 2), 'jose.md');
    if (!clean.ok || !twice.ok) throw new Error('rejected');
    expect(twice.profile.name).toBe('José Müller');
    expect(twice.profile.sections).toEqual(clean.profile.sections);
    expect(twice.profile.skills.map((s) => s.name)).toEqual(clean.profile.skills.map((s) => s.name));
  });
});
