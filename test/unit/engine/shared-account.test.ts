// Two profiles linking one chat account: the bot asks which, and says the profiles link it (not that the
// member's names fit them).
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChatAccount } from '../../../src/engine/chat-account.js';
import { expectKind, loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/shared-account'));
});
const member: ChatAccount = {
  platform: 'discord',
  id: '401122334455667799',
  mention: 'quill',
  names: [{ kind: 'display name', value: 'quill' }],
};

describe('a chat account two profiles link', () => {
  it('asks which one, saying both profiles link the account', () => {
    const reply = expectKind(
      t.engine.answer(t.engine.parse('what does @quill know', { platform: 'discord', accounts: [member] })),
      'ambiguous',
    );
    expect(reply.description).toContain('Several profiles link @quill on Discord: Ines Moreau, Pavel Novak.');
    expect(reply.description).not.toContain('by name');
  });
});
