// A kept index (`ask` stores one in the parse cache): restored from its snapshot, after a trip through
// JSON, it holds and answers exactly as the index it was taken from, before and after later changes.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/create-engine.js';
import { loadProfiles } from '../../../src/profiles/store/load-profiles.js';
import { renderText } from '../../../src/render/text.js';
import { createProfileIndex, snapshotIndex } from '../../../src/search/profile-index.js';
import type { ProfileIndex } from '../../../src/search/search-types.js';
import { generateProfiles } from '../../bench/corpus.js';

const profiles = generateProfiles(150);
const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value));
const kept = (index: ProfileIndex) => viaJson(snapshotIndex(index));

const questions = (index: ProfileIndex) => ({
  people: ['ana', 'silva', 'anna silv', 'the rust dev', 'zzz'].map((q) => index.resolvePerson(q)),
  whoKnows: ['rust', 'terrafrom', 'reliability', 'spark', 'k8s'].map((q) => index.whoKnows(q, { limit: 6 })),
  several: index.whoKnowsAll(['rust', 'go', 'kafka'], { limit: 6 }),
  complete: ['', 'a', 'ma', 'r'].map((p) => [
    index.completePeople(p, 8).map((x) => x.id),
    index.completeSkills(p, 8),
    index.completeSections(null, p, 8),
  ]),
  search: index.search('observability', { limit: 5 }).map((h) => [h.profile.id, h.section.id, h.score]),
});

describe('a kept index', () => {
  it('is restored holding what the built one held, and answers every question alike', () => {
    const built = createProfileIndex(profiles, { lazySections: true });
    const restored = createProfileIndex(profiles, { lazySections: true, from: kept(built) });
    expect(kept(restored)).toEqual(kept(built));
    expect(questions(restored)).toEqual(questions(built));
  });

  it('gives the engine the same replies over the fixture team', async () => {
    const { profiles: team } = await loadProfiles(new URL('../../fixtures/team', import.meta.url).pathname);
    const built = createProfileIndex(team, { lazySections: true });
    const restored = createProfileIndex(team, { lazySections: true, from: kept(built) });
    const reply = (index: ProfileIndex, line: string) => {
      const engine = createEngine({ index: () => index, defaultProfile: null, contactEphemeral: true });
      return renderText(engine.answer(engine.parse(line, { platform: 'cli' })));
    };
    for (const line of ['who knows python', 'alex', 'who knows rust and go', '/people', 'contact morgan'])
      expect(reply(restored, line)).toBe(reply(built, line));
  });

  it('takes later changes as the built one does', () => {
    const built = createProfileIndex(profiles);
    const restored = createProfileIndex(profiles, { from: kept(built) });
    const renamed = { ...profiles[3]!, name: 'Zelda Quux', skills: profiles[7]!.skills };
    for (const index of [built, restored]) {
      index.upsert(renamed);
      index.remove(profiles[10]!.id);
    }
    expect(restored.resolvePerson('zelda quux')).toEqual(built.resolvePerson('zelda quux'));
    expect(questions(restored)).toEqual(questions(built));
    expect(kept(restored)).toEqual(kept(built));
  });

  it('refuses a snapshot naming someone its profiles lack, and answers as a fresh index when a skill they lack is first read', () => {
    const snapshot = kept(createProfileIndex(profiles));
    expect(() => createProfileIndex(profiles.slice(1), { from: snapshot })).toThrow(/other profiles/);
    expect(() => createProfileIndex([...profiles].reverse(), { from: snapshot })).toThrow(/another order/);
    const outOfPlace = viaJson(snapshot);
    outOfPlace.skills.holders[0]![2][0] = profiles.length;
    expect(() => createProfileIndex(profiles, { from: outOfPlace })).toThrow(/a skill holder it lacks/);
    const fewerSkills = profiles.map((p) => ({ ...p, skills: p.skills.slice(0, 1) }));
    const problems: string[] = [];
    const misfit = createProfileIndex(fewerSkills, {
      from: snapshot,
      onKeptMisfit: (problem) => problems.push(problem),
    });
    const built = createProfileIndex(fewerSkills);
    const ask = (index: typeof built) =>
      profiles.map((p) => p.skills.map((s) => index.whoKnows(s.name).matches.map((m) => m.profile.id)));
    expect(ask(misfit)).toEqual(ask(built));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/does not have/);
  });
});
