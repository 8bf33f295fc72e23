// Experience in unusual shapes and asked in everyday words, over made-up profiles: a table under a
// bold "**Work**" line, "what company is X at", "what does X do at Y", "where does X work now", the
// current job on the profile card, a "Former …" tagline and a "I joined Y" sentence.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../../src/render/text.js';
import { loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/fact-classes'));
});

describe('a job table under a bold "Work" line instead of a heading', () => {
  it('lists every row as an experience entry', () => {
    const reply = t.ask('/experience noor');
    expect(reply.kind).toBe('experience');
    const text = renderText(reply);
    expect(text).toContain('Qamar Labs');
    expect(text).toContain('Jisr Bank');
  });
});

describe('where someone works, asked in everyday words', () => {
  it.each(['where does noor work now', 'what company is noor at', 'what does noor do at qamar labs'])(
    'answers "%s" with their experience',
    (line) => {
      const reply = t.ask(line);
      expect(reply.kind).toBe('experience');
      expect(reply.person?.id).toBe('noor-haddad');
      expect(renderText(reply)).toContain('Qamar Labs');
    },
  );

  it('quotes an "I joined Y in 2022 as …" sentence when no job list exists', () => {
    expect(renderText(t.ask('what company is oona at'))).toContain('I joined Lumilab');
  });

  it('does not read "what does X do for fun" as a question about their job', () => {
    expect(t.ask('what does noor do for fun').kind).not.toBe('experience');
  });
});

describe('the job on the profile card', () => {
  it('shows the current job when the headline names no employer', () => {
    expect(renderText(t.ask("tove's job"))).toContain('Kelpwise');
  });

  it('shows a "Former …" tagline as the role when the headline says none', () => {
    expect(renderText(t.ask("what was pia's job"))).toContain('Former Principal Designer');
  });
});
