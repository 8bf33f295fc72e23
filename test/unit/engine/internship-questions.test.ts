// Yes/no questions about a kind of job ("has X done an internship", "does X freelance") are answered by
// the person's experience entries, over a made-up profile.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../../src/render/text.js';
import { loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/experience-12'));
});

describe('whether someone has done an internship or freelance work', () => {
  it.each([
    'has imani done an internship',
    'did imani ever do an internship',
    'was imani ever an intern',
    'has imani worked as an intern',
    'does imani freelance',
    'where has imani freelanced',
  ])('answers "%s" with their experience entries', (line) => {
    const reply = t.ask(line);
    expect(reply.kind).toBe('experience');
    expect(reply.person?.id).toBe('imani-castellanos');
    expect(renderText(reply)).toContain('Backend Engineer Intern · Ferrovia Labs');
  });
});
