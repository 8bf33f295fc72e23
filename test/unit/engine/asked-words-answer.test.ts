import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/asked-words'));
});

const text = (reply: { blocks: unknown[] }) => JSON.stringify(reply.blocks);

describe('a question about one person that finds no section of that name', () => {
  it('answers "current title" with the job they hold now', () => {
    const reply = t.ask("Noor's current title?");
    expect(reply.person?.id).toBe('noor-haddad');
    expect(text(reply)).toContain('Platform Engineer — Kestrel Labs');
  });

  it('answers "dream job" or "position on remote work" from their lines, never with the job they hold now', () => {
    const dream = t.ask("noor's dream job");
    expect(dream.kind).not.toBe('profile');
    expect(text(dream)).not.toContain('Kestrel Labs');
    const stance = t.ask("noor's position on remote work");
    expect(stance.kind).toBe('search');
    expect(text(stance)).toContain('remote-first');
  });

  it('answers "full job title" with the job they hold now', () => {
    expect(text(t.ask("what is noor's full job title"))).toContain('Platform Engineer — Kestrel Labs');
  });

  it('answers "previous job — dates please" with the jobs as listed, dates included', () => {
    const reply = t.ask("noor's previous job — dates please");
    expect(reply.kind).toBe('experience');
    expect(text(reply)).toContain('Brightmoor Agency');
    expect(text(reply)).toContain('2019 – 2022');
  });

  it('answers "company or freelance" from the line saying it in another language, never "No"', () => {
    const reply = t.ask('does lucas work for a company or freelance');
    expect(reply.person?.id).toBe('lucas-fontaine');
    expect(reply.description).not.toMatch(/^No\b/);
    expect(text(reply)).toContain('indépendant');
  });

  it('never answers "No" to a kind of work the profile does not mention (their employer may be one)', () => {
    const reply = t.ask('does noor work at a startup');
    expect(reply.person?.id).toBe('noor-haddad');
    expect(reply.description).not.toMatch(/^No\b/);
    expect(reply.description).toMatch(/doesn't say/);
  });

  it("says the profile doesn't say, and never shows someone else's line, when nothing of theirs matches", () => {
    const reply = t.ask('is lucas remote');
    expect(reply.person?.id).toBe('lucas-fontaine');
    expect(reply.description).toMatch(/doesn't say/);
    expect(text(reply)).not.toContain('remote-first');
  });
});
