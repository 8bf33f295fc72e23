// The index's typo and prose paths: near words by trigram-filtered edit distance, a name word several
// people share, skills read from title lists, and prose mentions of a common or rare word in name order.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/profiles/model/profile.js';
import { editDistance } from '../../../src/search/edit-distance.js';
import { byName } from '../../../src/search/name-order.js';
import { createProfileIndex } from '../../../src/search/profile-index.js';
import { isTitleList } from '../../../src/search/title-list.js';
import { createTrigramVocabulary } from '../../../src/search/trigram-vocabulary.js';
import { generateProfiles, rng, typo } from '../../bench/corpus.js';

const WORDS = [
  'raman',
  'rajat',
  'rajdeep',
  'terraform',
  'kafka',
  'flink',
  'postgres',
  'reliability',
  'rust',
  'trust',
];

describe('trigram vocabulary', () => {
  it('finds exactly the words within the allowed edits when the word has more trigrams than 4 per edit', () => {
    const vocabulary = createTrigramVocabulary();
    for (const w of WORDS) vocabulary.add(w);
    const r = rng(3);
    const asked = [
      'rmaan',
      'rajt',
      'terrafrom',
      'kfaka',
      'postgress',
      'rsut',
      'xyz',
      ...WORDS.map((w) => typo(w, r)),
    ];
    for (const word of asked)
      for (const max of [1, 2].filter((m) => word.length + 1 > 4 * m)) {
        const expected = WORDS.filter((w) => editDistance(word, w, max) <= max).sort();
        expect(
          vocabulary
            .withinEdits(word, max)
            .map((n) => n.token)
            .sort(),
          `${word} ±${max}`,
        ).toEqual(expected);
      }
  });

  it('lists the nearest first and forgets dropped words', () => {
    const vocabulary = createTrigramVocabulary();
    for (const w of WORDS) vocabulary.add(w);
    expect(vocabulary.withinEdits('rust', 1)).toEqual([
      { token: 'rust', distance: 0 },
      { token: 'trust', distance: 1 },
    ]);
    vocabulary.drop('trust');
    expect(vocabulary.withinEdits('rust', 1).map((n) => n.token)).toEqual(['rust']);
  });
});

const [a, b, c] = generateProfiles(3);
const person = (p: Profile, id: string, name: string, handle: string | null): Profile => ({
  ...p,
  id,
  name,
  handle,
  aliases: [],
});

describe('a name word several people share', () => {
  const index = createProfileIndex([
    person(a!, 'diego9', 'Diego Alvarez', 'diego9'),
    person(b!, 'dp-dev', 'Diego Miguel Parra Nava', null),
    person(c!, 'dbarros', 'Diêgo de Barros', null),
  ]);

  it('asks which one, even when one handle also starts with it', () => {
    const r = index.resolvePerson('diego');
    expect(r.status).toBe('ambiguous');
    if (r.status === 'ambiguous')
      expect(r.candidates.map((p) => p.id).sort()).toEqual(['dbarros', 'diego9', 'dp-dev']);
  });

  it('reads words that are also object keys as plain words', () => {
    expect(() => index.resolvePerson('the constructor dev')).not.toThrow();
    expect(() => index.resolvePerson('the __proto__ engineer')).not.toThrow();
  });

  it('still finds the one person a full name or a handle names', () => {
    const full = index.resolvePerson('diego alvarez');
    expect(full.status === 'found' && full.value.id).toBe('diego9');
    const handle = index.resolvePerson('diego9');
    expect(handle.status === 'found' && handle.value.id).toBe('diego9');
  });
});

describe('evidence', () => {
  it('never counts a skill read from a list of video titles as listed', () => {
    const videos: Profile = {
      ...a!,
      skills: [
        ...a!.skills,
        {
          name: 'Gleam',
          category: 'Latest YouTube videos',
          evidence: 'Why Gleam?',
          source: 'table',
          line: 30,
        },
      ],
    };
    expect(createProfileIndex([videos, b!]).whoKnows('Gleam').matches).toEqual([]);
  });

  const mentioners = (profiles: readonly Profile[], word: string) =>
    profiles
      .filter(
        (p) =>
          p.listed &&
          p.sections.some(
            (s) =>
              !isTitleList(s) &&
              new RegExp(`\\b${word}\\b`, 'i').test(`${s.title} ${s.text} ${s.items.join(' ')}`),
          ),
      )
      .sort(byName)
      .slice(0, 10)
      .map((p) => p.id);

  it('names the first mentioners in name order, for a word in every profile and for a rare one', () => {
    const profiles = generateProfiles(1200).map((p, i) =>
      i % 400 === 7
        ? { ...p, sections: p.sections.map((s, k) => (k === 0 ? { ...s, text: `${s.text} Zebrafish.` } : s)) }
        : p,
    );
    const index = createProfileIndex(profiles);
    expect(index.whoKnows('reliability').matches.map((m) => m.profile.id)).toEqual(
      mentioners(profiles, 'reliability'),
    );
    expect(index.whoKnows('zebrafish').matches.map((m) => m.profile.id)).toEqual(
      mentioners(profiles, 'zebrafish'),
    );
  });

  it('skips mentions in title lists even when most people have one', () => {
    const profiles = generateProfiles(1200).map((p, i) => ({
      ...p,
      sections: [
        ...p.sections,
        {
          ...p.sections[0]!,
          id: 'posts',
          title: 'Latest blog posts',
          rawTitle: 'Latest blog posts',
          text: 'Gleam in production',
        },
        ...(i % 500 === 3
          ? [{ ...p.sections[0]!, id: 'now', title: 'Now', rawTitle: 'Now', text: 'Learning Gleam' }]
          : []),
      ],
    }));
    const got = createProfileIndex(profiles)
      .whoKnows('gleam')
      .matches.map((m) => m.profile.id);
    expect(got).toEqual(mentioners(profiles, 'gleam'));
    expect(got).toHaveLength(3);
  });
});
