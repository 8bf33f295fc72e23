// Place questions asked every way (regions, other languages, "anyone around X") and the profile shapes that
// say where someone is ("Moscow-based", "in the Bay Area", "東京に住んでいる"), never an employer's place.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PLACE_BASED } from '../../../src/engine/fact-line-cues.js';
import { placeNames } from '../../../src/engine/place-names.js';
import { renderText } from '../../../src/render/text.js';
import { expectKind, loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/place-12'));
});

const listed = (line: string) =>
  (expectKind(t.ask(line), 'people').data.people ?? []).map((p) => p.personId).sort();

describe('place questions across people', () => {
  it('reads a region as the countries and cities in it', () => {
    expect(listed("who's in europe")).toEqual([
      'dmitri-orlov',
      'ines-carvalho',
      'olena-koval',
      'pierre-lambert',
      'sam-okafor',
      'tomasz-wrobel',
    ]);
    expect(listed("who's in latam")).toEqual(['camila-rocha']);
    expect(listed('who is in apac')).toEqual(['arjun-nair', 'wei-zhang', 'yuki-sato']);
    expect(listed('folks in the bay area')).toEqual(['kevin-park']);
  });

  it('never lists someone because their employer is in the place', () => {
    expect(listed('who is based in berlin')).toEqual([]);
    expect(listed('who lives in london')).toEqual([]);
    expect(listed('anyone in the uk')).toEqual(['sam-okafor']);
  });

  it('reads "anyone around X", "anyone near X" and local spellings', () => {
    expect(listed('anyone around manchester?')).toEqual(['sam-okafor']);
    expect(listed('anyone in moskva')).toEqual(['dmitri-orlov']);
    expect(listed('who lives in kiev')).toEqual(['olena-koval']);
  });

  it('reads a place asked in Russian in the locative and in Japanese', () => {
    expect(listed('кто живёт в москве')).toEqual(['dmitri-orlov']);
    expect(listed('東京に住んでいる人')).toEqual(['yuki-sato']);
    expect(placeNames('москве')).toContain('moscow');
  });
});

describe('where one person is', () => {
  it('reads "X-based" before a role, an area and a Japanese "住んで" line', () => {
    expect(renderText(t.ask('where does dmitri live'))).toContain('Moscow-based');
    expect(renderText(t.ask('where is kevin based'))).toContain('Bay Area');
    expect(renderText(t.ask('where does yuki live'))).toContain('東京');
  });

  it('reads no technology, employer or wish as where someone is', () => {
    expect(PLACE_BASED.test('React-based component library')).toBe(false);
    expect(PLACE_BASED.test('Engineer at a London-based fintech')).toBe(false);
    expect(PLACE_BASED.test('open to internships (remote or Lagos-based)')).toBe(false);
    expect(PLACE_BASED.test('I worked at Acme Labs in the San Francisco Bay Area')).toBe(false);
    expect(PLACE_BASED.test("I'm a Tokyo-based full-stack developer")).toBe(true);
  });
});

describe('a question after "anyone around"', () => {
  it('is asked about a skill, never read as a place ("anyone around who\'s worked with docker?")', () => {
    expect(t.ask("anyone around who's worked with docker? kinda stuck").kind).toBe('whoknows');
    expect(t.ask('anyone around what knows rust').kind).not.toBe('people');
    expect(listed("who's in europe").length).toBeGreaterThan(0);
  });
});
