import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/team-lines'));
});

const text = (reply: { blocks: unknown[] }) => JSON.stringify(reply.blocks);

describe('a team question no rule reads', () => {
  it('lists the people with a line of their own sharing its words, saying no rule read it', () => {
    const reply = t.ask('who has won a hackathon');
    expect(reply.kind).toBe('search');
    expect(reply.description).toMatch(/^No rule reads this question/);
    expect(text(reply)).toContain('Priya Natarajan');
    expect(text(reply)).toContain('Won first place');
  });

  it('never lists a line saying they did not do it ("we did not place")', () => {
    expect(text(t.ask('who has won a hackathon'))).not.toContain('Bruno Keller');
  });

  it('reads a kind of background in other words and languages', () => {
    expect(text(t.ask('who has built a loan system'))).toContain('Priya Natarajan');
    expect(text(t.ask('quem tem mestrado?'))).toContain('Priya Natarajan');
    expect(text(t.ask('who worked at a consulting company'))).toContain('Bruno Keller');
  });

  it('never lists someone for a wish or for what they were given', () => {
    expect(text(t.ask('has anyone here worked at a bank or a payments company'))).not.toContain('Léa Moreau');
    const mentors = text(t.ask('who mentors people'));
    expect(mentors).toContain('Bruno Keller');
    expect(mentors).not.toContain('Léa Moreau');
  });

  it('shows a heading that is the line once, not as its own heading', () => {
    const reply = t.ask('who has coached robotics teams');
    expect(text(reply)).toContain('Léa Moreau › Robotics club coach');
    expect(text(reply)).not.toContain('Robotics club coach: Robotics club coach');
  });

  it('keeps an answer its rule gave: a technology no one lists is still no one', () => {
    expect(t.ask('who knows cobol').kind).toBe('whoknows');
  });
});
