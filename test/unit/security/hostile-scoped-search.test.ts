// Hostile questions about one person made of words every profile holds: the person-scoped search and the
// asked-words answer search that person's sections only. Found by the fourteenth red team: "what did ana
// silva" followed by 300 characters of such words took 136 ms at 10,000 README profiles, because the
// search walked every section holding each word and then kept that person's.
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/create-engine.js';
import type { Profile, Section } from '../../../src/profiles/model/profile.js';
import { createProfileIndex } from '../../../src/search/profile-index.js';
import { createSectionIndex } from '../../../src/search/section-search.js';
import { createNumberedTokenIndex } from '../../../src/search/token-index.js';
import { generateProfiles } from '../../bench/corpus.js';
import { cpuTimed } from './cpu-time.js';

const JOB =
  'Led the migration of platform services, cutting cost with boring safe defaults as staff engineer';
const jobs = (count: number): Section[] =>
  Array.from({ length: count }, (_, k) => ({
    id: `job-${k}`,
    title: `Job ${k}`,
    rawTitle: `Job ${k}`,
    kind: 'experience',
    level: 3,
    parentId: null,
    text: k === 3 ? `${JOB}; wrote the observability runbook` : JOB,
    items: [],
    links: [],
    line: k + 10,
  }));
/** `count` people, each with twenty job sections saying the same words. */
const team = (count: number): Profile[] =>
  generateProfiles(count).map((p) => ({ ...p, sections: [...p.sections, ...jobs(20)] }));

/** The longest search the caps let through (300 characters), made of words every section holds. */
const QUERY = 'led migration platform services cutting cost boring safe defaults staff engineer '
  .repeat(4)
  .slice(0, 300)
  .trim();

// One step of a message, so half the message budget (20 ms); the walk took 17-22 ms here, the lookup ~2.5 ms.
const SCOPED_SEARCH_BUDGET_MS = 10;

describe('a search scoped to one person, made of words every profile holds', () => {
  let sections: ReturnType<typeof createSectionIndex>;
  let people: Profile[];
  beforeAll(() => {
    people = team(5000);
    sections = createSectionIndex();
    for (const p of people) sections.add(p);
  }, 60_000);

  const scoped = (query: string) =>
    sections.search(query, { personId: people[7]!.id, limit: 3, anyWord: true, listedOnly: true });

  // 100,000 sections hold every word of the query: each word's postings were walked to keep 20 of them.
  it("looks up only that person's sections, within half the message budget at 5,000 people", {
    retry: 2,
  }, () => {
    scoped(QUERY);
    const ms = Math.min(...[1, 2, 3].map(() => cpuTimed(() => scoped(QUERY)).ms));
    expect(ms).toBeLessThan(SCOPED_SEARCH_BUDGET_MS);
  });

  it("finds that person's own sections, the best first", () => {
    const hits = scoped('observability runbook');
    expect(hits.every((h) => h.profile.id === people[7]!.id)).toBe(true);
    expect(hits[0]?.section.title).toBe('Job 3');
  });
});

describe('a free-text question naming one person', () => {
  it("is answered from their lines only, never from another person's", () => {
    const index = createProfileIndex(team(200));
    const engine = createEngine({ index: () => index, defaultProfile: null, contactEphemeral: true });
    const reply = engine.answer(
      engine.parse(`what did ana silva ${QUERY.slice(0, 120)}`, { platform: 'shell' }),
    );
    expect(reply.kind).toBe('search');
    if (reply.kind !== 'search') return;
    expect(reply.person?.name).toBe('Ana Silva');
    expect(reply.data.hits.length).toBeGreaterThan(0);
    expect(reply.data.hits.every((h) => h.personId === reply.person?.id)).toBe(true);
  });
});

describe('coverage among a few documents', () => {
  it('gives what filtering the whole coverage to them gives, in the same order', () => {
    const tokens = createNumberedTokenIndex();
    const words = ['rust', 'kafka', 'redis', 'rusty', 'kafkaesque'];
    for (let n = 0; n < 500; n++)
      tokens.add(
        n,
        words.filter((_, k) => (n + k) % (k + 2) === 0),
      );
    const among = [407, 3, 250, 11, 499, 12];
    const query = ['rust', 'kafk', 'redis'];
    const options = { minSimilarity: 0.5, limit: 4 };
    const filtered = tokens.coverage(query, options).filter(([n]) => among.includes(n));
    expect(filtered.length).toBeGreaterThan(2);
    expect(tokens.coverage(query, options, among)).toEqual(filtered);
  });
});
