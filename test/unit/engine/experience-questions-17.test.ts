// Career questions as people who staff and hire ask them, over a made-up JSON Resume and a made-up README:
// whether someone is still at an employer (a past job never given as current), their jobs in order, where
// they started, years stated as 'N년차', and the same asked in Spanish and Korean.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../../src/render/text.js';
import { loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/experience-17'));
});

describe('is X still at Y', () => {
  it.each([
    ['is tomas still at quintal labs', 'tomas-ferreira', 'Quintal Labs as a past job, not a current one'],
    ['is hana still at daon mobility', 'hana-seo', 'Daon Mobility as a past job, not a current one'],
    ['is tomas still at lumen pagamentos', 'tomas-ferreira', 'Lumen Pagamentos as a current job'],
    ['is hana currently with moraebit', 'hana-seo', 'Moraebit as a current job'],
  ])('answers "%s" from the dates of that job', (line, id, said) => {
    const reply = t.ask(line);
    expect(reply.kind).toBe('experience');
    expect(reply.person?.id).toBe(id);
    expect(renderText(reply)).toContain(said);
  });

  it('names the jobs listed as current when the asked one has ended', () => {
    const text = renderText(t.ask('is tomas still at quintal labs'));
    expect(text).toContain('Listed as current');
    expect(text).toContain('Lumen Pagamentos');
  });

  it('never calls an ended job current', () => {
    expect(renderText(t.ask('is tomas still at banco ribeira'))).not.toContain('current job');
  });

  it('never calls a job past from a start date alone written with hyphens ("2021-03")', () => {
    const text = renderText(t.ask('is noa still at kesher systems'));
    expect(text).toContain('Kesher Systems');
    expect(text).not.toContain('past job');
    expect(renderText(t.ask('is noa still at tavor apps'))).toContain('Tavor Apps as a past job');
  });
});

describe('the jobs in order, the first and the current one', () => {
  it.each([
    ["list hana's jobs in order", 'hana-seo', 'Pixelhaus'],
    ["walk me through tomas's career", 'tomas-ferreira', 'Banco Ribeira'],
    ['where did hana start her career', 'hana-seo', 'Pixelhaus'],
    ["what is tomas's current job", 'tomas-ferreira', 'Lumen Pagamentos'],
    ['¿cuál fue el primer trabajo de tomas?', 'tomas-ferreira', 'Banco Ribeira'],
    ['hana 지금 어디 다녀?', 'hana-seo', 'Moraebit'],
  ])('answers "%s" with the listed jobs', (line, id, said) => {
    const reply = t.ask(line);
    expect(reply.kind).toBe('experience');
    expect(reply.person?.id).toBe(id);
    expect(renderText(reply)).toContain(said);
  });
});

it('reads "7년차" as how many years someone has worked', () => {
  expect(renderText(t.ask('how many years of experience does hana have'))).toContain('7년차');
});
