import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/person-lines'));
});

const text = (reply: { blocks: unknown[]; description?: string }) => JSON.stringify(reply.blocks);

describe('free text no rule reads that names one person', () => {
  it('answers from the lines of that person sharing the most of its words', () => {
    const reply = t.ask('what did tomas build during the internship');
    expect(reply.person?.id).toBe('tomas-herrera');
    expect(text(reply)).toContain('warehouse robots');
  });

  it('finds a job by one word of its title ("as a student assistant")', () => {
    const reply = t.ask('what did herrera do as a student assistant');
    expect(reply.person?.id).toBe('tomas-herrera');
    expect(text(reply)).toContain('tutorial sessions');
  });

  it('shows the lines under a matched entry heading, where its answer is', () => {
    const reply = t.ask('what did yara do as a lab assistant');
    expect(reply.person?.id).toBe('yara-haddad');
    expect(text(reply)).toContain('09/2022 – 06/2023');
    expect(text(reply)).toContain('fluid-mechanics labs');
    expect(text(reply)).not.toContain('gearboxes');
  });

  it('says that no rule read the question, so the lines are not taken for a direct answer', () => {
    const reply = t.ask('which of tomas apps got the most downloads');
    expect(reply.kind).toBe('search');
    expect(reply.description).toMatch(/^No rule reads this question/);
    expect(text(reply)).toContain('Kelp Counter');
  });

  it("never answers from someone else's profile", () => {
    const reply = t.ask('what did ines build during the internship');
    expect(reply.person?.id ?? null).not.toBe('tomas-herrera');
    expect(text(reply)).not.toContain('warehouse');
  });

  it('takes a question word that is also a name ("will") for that person only when no one else is named', () => {
    const reply = t.ask('what will ines use for payment routing');
    expect(reply.person?.id).toBe('ines-navarro');
    expect(text(reply)).toContain('Triana Pay');
    expect(text(reply)).not.toContain('Hubtel');
    expect(t.ask('how long will tomas stay at pacific drones').person?.id).toBe('tomas-herrera');
    expect(t.ask("will's football").person?.id).toBe('will-mensah');
  });

  it('does not also search everyone when the named person answers', () => {
    const search = vi.spyOn(t.index, 'search');
    t.ask('what did tomas build during the internship');
    expect(search).toHaveBeenCalledTimes(1);
    search.mockRestore();
  });

  it('leaves a question naming no one to the search of everyone', () => {
    const reply = t.ask('kelp forests drone footage');
    expect(reply.person).toBeNull();
    expect(text(reply)).toContain('Kelp Counter');
  });
});
