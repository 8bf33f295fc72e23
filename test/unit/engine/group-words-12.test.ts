// Words that put someone in a group or a fact only when they mean it (test/fixtures/group-words-12): a hired
// CEO is no founder, "Banking app" is no bank, "Plans: free / pro" is a price list, not someone's plans.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../../src/render/text.js';
import { expectKind, loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/group-words-12'));
});

const listed = (line: string) =>
  (expectKind(t.ask(line), 'people').data.people ?? []).map((p) => p.personId).sort();

describe('founders', () => {
  it('counts founding or running one’s own company, never a CEO title alone', () => {
    expect(listed('who are the founders')).toEqual(['kwabena-asante', 'odalys-reyes']);
  });
});

describe('an employer asked for as a kind', () => {
  it('reads whole words in an entry: "Banking app" is no bank, "Hospitality Cloud" no hospital', () => {
    expect(listed('who worked at a bank')).toEqual(['ines-albuquerque']);
    expect(listed('anyone here work at a hospital?')).toEqual([]);
  });
});

describe('someone’s plans', () => {
  it('never answers with a price list ("Plans: free / pro")', () => {
    expect(renderText(t.ask("what are kwabena's plans"))).not.toContain('free / pro');
    expect(renderText(t.ask("what are ines's plans"))).toContain('learn Rust');
  });
});
