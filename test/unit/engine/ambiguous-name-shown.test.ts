// A name two people share, or nobody has, is said back as typed, without the comma or stop the sentence left on it.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectKind, loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/two-anas'));
});

describe('a name said back in a which-one or no-one reply', () => {
  it.each(['ana, skills?', '/skills ana,', 'does ana, know rust', 'contact ana.'])(
    'shows the name without the punctuation after it (%s)',
    (line) => {
      const reply = expectKind(t.ask(line), 'ambiguous');
      expect(reply.title).toBe('Which “ana”?');
      expect(reply.description).toMatch(/^“ana” could be Ana Lind or Ana Ruiz\./);
    },
  );

  it.each(['/skills zed,', '/contact zed.', 'does zed, know rust'])(
    'says no one is called the name, without the punctuation after it (%s)',
    (line) => {
      const reply = expectKind(t.ask(line), 'not_found');
      expect(reply.title).toBe('No one called “zed”');
    },
  );
});
