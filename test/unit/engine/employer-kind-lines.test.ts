// "who worked at a startup / a hospital": a job's own summary names the employer's kind only when it says
// it of the employer, never of a client or a product; and an employer "… Labs" is no one's lab (test/fixtures/experience-15).
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectKind, loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/experience-15'));
});

const named = (question: string) =>
  expectKind(t.ask(question), 'people')
    .blocks.flatMap((b) => (b.type === 'list' ? b.items : []))
    .join('\n');

describe('a kind of employer read from a job summary', () => {
  it('finds a job whose summary says the writer joined a startup', () => {
    expect(named('who worked at a startup')).toContain('Wren Calloway');
  });

  it('never takes a client or a product of the job for its employer', () => {
    expect(named('who worked at a hospital')).not.toContain('Noor Haddad');
    expect(named('who worked at a government')).not.toContain('Noor Haddad');
    expect(named('who worked at a startup')).not.toContain('Noor Haddad');
  });
});

describe("someone's lab", () => {
  it('is never an employer named "… Labs"', () => {
    const reply = t.ask("what's tanvir's lab");
    expect(JSON.stringify(reply.blocks)).not.toContain('Brightline Labs');
  });
});
