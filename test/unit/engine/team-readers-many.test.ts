// Team questions over a folder of hundreds of people who all say the same thing: the full-text search
// ranks at most CANDIDATES.search sections per query, so each reader must still find every holder.
import { beforeAll, describe, expect, it } from 'vitest';
import { employerMatches } from '../../../src/engine/employer-people.js';
import { groupMatches } from '../../../src/engine/group-people.js';
import { languageMatches } from '../../../src/engine/language-people.js';
import { groupNamed } from '../../../src/engine/people-groups.js';
import { schoolMatches } from '../../../src/engine/school-people.js';
import { spokenLanguageNamed } from '../../../src/engine/spoken-language-names.js';
import { parseProfile } from '../../../src/profiles/parse-profile.js';
import { createProfileIndex } from '../../../src/search/profile-index.js';
import { CANDIDATES } from '../../../src/search/search-keys.js';
import type { ProfileIndex } from '../../../src/search/search-types.js';

const PEOPLE = 240;
const FIRST = [
  'Ada',
  'Bram',
  'Chidi',
  'Dana',
  'Emeka',
  'Freya',
  'Goran',
  'Hana',
  'Ivo',
  'Jun',
  'Kemi',
  'Lior',
];
const LAST = [
  'Okafor',
  'Lindqvist',
  'Moreau',
  'Tanaka',
  'Silva',
  'Novak',
  'Haddad',
  'Reyes',
  'Brandt',
  'Iqbal',
];

/** Made-up people in the style of a short profile README, each a little different. */
function readme(i: number): string {
  const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`;
  return [
    `# Hi, I'm ${name}`,
    '',
    `Backend engineer at Quillstone · ${i % 2 ? 'Go and Postgres' : 'Kotlin services'} · open to new opportunities`,
    '',
    '## About',
    '',
    `I have worked at Quillstone since ${2015 + (i % 8)}, building the billing platform.`,
    '',
    '## Education',
    '',
    `- BSc Computer Science, Universidad de Brasova (${2008 + (i % 7)})`,
    '',
    '## Languages',
    '',
    '- Spanish (native)',
    '- English (fluent)',
  ].join('\n');
}

let index: ProfileIndex;
beforeAll(() => {
  const profiles = Array.from({ length: PEOPLE }, (_, i) => {
    const result = parseProfile(new TextEncoder().encode(readme(i)), `person-${i}.md`);
    if (!result.ok) throw new Error(result.rejected.reason);
    return result.profile;
  });
  index = createProfileIndex(profiles);
});

describe('team questions over hundreds of people', () => {
  it('holds more people than the search ranks for one query', () => {
    expect(PEOPLE).toBeGreaterThan(3 * CANDIDATES.search);
  });

  it('finds every one who works at an employer, speaks a language, went to a school or says a line', () => {
    expect(employerMatches(index, 'quillstone')).toHaveLength(PEOPLE);
    expect(languageMatches(index, spokenLanguageNamed('spanish')!)).toHaveLength(PEOPLE);
    expect(schoolMatches(index, 'universidad de brasova')).toHaveLength(PEOPLE);
    const open = groupMatches(index, groupNamed('open to work')!);
    expect(open).toHaveLength(PEOPLE);
  });
});
