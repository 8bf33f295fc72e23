// A person named in one script is found by the name typed in another: Cyrillic (Russian, Ukrainian,
// Serbian) and Greek names by their romanisations, Latin names by Cyrillic spellings and case forms.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProfiles } from '../../../src/profiles/store/load-profiles.js';
import { renderText } from '../../../src/render/text.js';
import { createProfileIndex } from '../../../src/search/profile-index.js';
import { expectKind, loadTestEngine, ROOT, type TestEngine } from '../engine/load-test-engine.js';

let fx: TestEngine;
beforeAll(async () => {
  fx = await loadTestEngine(join(ROOT, 'test/fixtures/names-across-scripts'));
});

describe('names across scripts', () => {
  it.each([
    ['/profile sokolov', 'sokol-dev'],
    ['/profile yuriy sokolov', 'sokol-dev'],
    ['/profile hnatyuk', 'ohn-codes'],
    ['/profile olena hnatiuk', 'ohn-codes'],
    ['/profile nikos karagiannis', 'nkarag'],
    ['/profile jovana djuric', 'jdj-tech'],
    ['/profile Đurić', 'jdj-tech'],
    ['/profile алексей', 'amorozov'],
    ['/profile морозовым', 'amorozov'],
  ])('%s finds the person named in another script', (line, id) => {
    expect(expectKind(fx.ask(line), 'profile').data.profileId).toBe(id);
  });

  it('reads a declined Russian name in a question in Russian ("как связаться с алексеем?")', () => {
    expect(renderText(expectKind(fx.ask('как связаться с алексеем?'), 'contact'))).toContain(
      'amorozov_android',
    );
  });

  it('lets a name spelt as typed win: "yuri" is Yuri Tanaka, "юрий" and "юрием" are Юрий Соколов', () => {
    expect(expectKind(fx.ask('/profile yuri'), 'profile').data.profileId).toBe('ytanaka');
    expect(expectKind(fx.ask('/profile юрий'), 'profile').data.profileId).toBe('sokol-dev');
    expect(expectKind(fx.ask('/profile юрием'), 'profile').data.profileId).toBe('sokol-dev');
  });

  it('asks which one when a typo of a Latin name is also another script\'s spelling ("yury")', () => {
    const reply = expectKind(fx.ask('/contact yury'), 'ambiguous');
    expect(reply.candidates.map((c) => c.id).sort()).toEqual(['sokol-dev', 'ytanaka']);
  });
});

describe('names across scripts after changes to the folder', () => {
  it('finds only the people indexed now, whether they changed before or after the first such question', async () => {
    const { profiles } = await loadProfiles(join(ROOT, 'test/fixtures/names-across-scripts'));
    const index = createProfileIndex(profiles);
    const morozov = profiles.find((p) => p.id === 'amorozov')!;
    expect(morozov.name).toBe('Alexey Morozov');
    // Removed before any name was looked up across scripts, then asked for by a Cyrillic spelling.
    index.remove('amorozov');
    expect(index.resolvePerson('алексей морозов').status).toBe('not_found');
    // Back after a lookup across scripts: found again by that spelling.
    index.upsert(morozov);
    const back = index.resolvePerson('алексей морозов');
    expect(back.status === 'found' && back.value.id).toBe('amorozov');
  });

  it('finds a person removed and added back before any lookup across scripts, and not one left out', async () => {
    const { profiles } = await loadProfiles(join(ROOT, 'test/fixtures/names-across-scripts'));
    const index = createProfileIndex(profiles);
    const morozov = profiles.find((p) => p.id === 'amorozov')!;
    // A reload before the first such question: out and back in, with nothing keyed in between.
    index.remove('amorozov');
    index.upsert(morozov);
    const back = index.resolvePerson('алексей морозов');
    expect(back.status === 'found' && back.value.id).toBe('amorozov');
    const other = createProfileIndex(profiles);
    other.remove('amorozov');
    expect(other.resolvePerson('алексей морозов').status).toBe('not_found');
  });
});
