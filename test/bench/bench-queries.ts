// Query latency per query class on the synthetic corpus: p50/p99/max of whoknows (exact and typo skills),
// person resolution (name typos), search (multi-word phrases), person autocomplete, and whole questions
// about one named person that no rule reads as typed (parsed and answered by the engine).

import { createEngine } from '../../src/engine/create-engine.js';
import { createProfileIndex } from '../../src/search/profile-index.js';
import type { ProfileIndex } from '../../src/search/search-types.js';
import { generateProfiles, labelledTypos, rng, SKILL_POOL, TOPICS, typo } from './corpus.js';
import { fmt, percentile, type Row, timeEach } from './stats.js';

const QUERIES_PER_CLASS = 300;

export interface QueryFigures {
  n: number;
  classes: { name: string; p50: number; p99: number; max: number }[];
  /** Single runs of the heaviest questions we know of, right after a change (nothing warm). */
  heavy: { name: string; ms: number }[];
}

/** Questions that touch a large part of the corpus: each must still stay off the event loop's 50 ms. */
function heavyQueries(index: ProfileIndex): { name: string; run: () => void }[] {
  const someone = index.all()[7]!;
  const engine = createEngine({ index: () => index, defaultProfile: null, contactEphemeral: true });
  const answer = (question: string) => engine.answer(engine.parse(question, { platform: 'shell' }));
  return [
    { name: 'people list right after a change', run: () => index.all() },
    { name: 'person autocomplete, one letter ("a")', run: () => index.completePeople('a', 25) },
    { name: 'section autocomplete without a person', run: () => index.completeSections(null, 'e', 25) },
    { name: 'whoknows a word in every About ("reliability")', run: () => index.whoKnows('reliability') },
    { name: 'search for a word in every About ("reliability")', run: () => index.search('reliability') },
    { name: 're-index one person', run: () => index.upsert({ ...someone, name: `${someone.name} Jr` }) },
    // Team questions read everyone (roles) or many candidates (employers, places): parse and answer.
    ...TEAM_QUESTIONS.map((q) => ({ name: `team question "${q}"`, run: () => answer(q) })),
  ];
}

const TEAM_QUESTIONS = [
  'who does mobile',
  'who are the data scientists',
  'who are the designers',
  'who worked at google',
  'anyone in india?',
  'who is based in berlin',
  'who studied at mit',
  'how many people know python',
  'who knows c',
  'who speaks spanish',
  "who's open to new opportunities",
  'who has worked on games',
  // No rule reads these: the people with a line sharing their words (team-scoped-search.ts).
  'who has won a hackathon',
  "who has a master's degree",
  'anyone with reliability and platform work?',
];

/**
 * Questions about one named person that no rule reads as typed: free text (person-scoped search), a
 * learner frame (native-frames.ts), foreign wordings, and a topic the profile has no section for.
 */
const PERSON_QUESTIONS: { name: string; ask: (person: string) => string }[] = [
  { name: 'free text naming someone', ask: (p) => `what did ${p} build during the internship` },
  { name: 'learner frame', ask: (p) => `${p} work where?` },
  { name: 'foreign, Portuguese', ask: (p) => `qual a idade do ${p}` },
  { name: 'foreign, Korean', ask: (p) => `${p}은 어디 살아요` },
  { name: 'one person, no section found', ask: (p) => `${p}'s current title` },
];

function personQuestionClasses(index: ProfileIndex): { name: string; run: (i: number) => void }[] {
  const engine = createEngine({ index: () => index, defaultProfile: null, contactEphemeral: true });
  const people = index.all();
  // Each call a new person, spread over the corpus (a prime stride): the warm-up's people are not re-asked.
  let calls = 0;
  const person = () => people[(calls++ * 7919) % people.length]!.name;
  return PERSON_QUESTIONS.map(({ name, ask }) => ({
    name: `question: ${name} ("${ask('NAME')}")`,
    run: () => engine.answer(engine.parse(ask(person()), { platform: 'shell' })),
  }));
}

function queryClasses(index: ProfileIndex, seed = 11): { name: string; run: (i: number) => void }[] {
  const r = rng(seed);
  const skills = Object.values(SKILL_POOL).flat();
  const longSkills = skills.filter((s) => s.length >= 5);
  const names = labelledTypos(index.all(), QUERIES_PER_CLASS * 2, seed).filter((q) => q.kind === 'name');
  const phrases = TOPICS.flatMap((t) => [t, t.split(' ').slice(0, 2).join(' ')]);
  const at = <T>(list: readonly T[], i: number) => list[i % list.length]!;
  const typos = Array.from({ length: QUERIES_PER_CLASS }, (_, i) => typo(at(longSkills, i), r));
  return [
    { name: 'exact skill (whoknows)', run: (i) => index.whoKnows(at(skills, i)) },
    { name: 'typo skill (whoknows)', run: (i) => index.whoKnows(at(typos, i)) },
    { name: 'name typo (person resolution)', run: (i) => index.resolvePerson(at(names, i).query) },
    { name: 'multi-word phrase (search)', run: (i) => index.search(at(phrases, i)) },
    {
      name: 'person autocomplete (3-letter prefix)',
      run: (i) => index.completePeople(at(names, i).query.slice(0, 3), 25),
    },
    ...personQuestionClasses(index),
  ];
}

export function measureQueries(n: number): QueryFigures {
  const index = createProfileIndex(generateProfiles(n));
  const classes = queryClasses(index).map(({ name, run }) => {
    timeEach(50, run); // warm-up: JIT and lazily built structures
    const times = timeEach(QUERIES_PER_CLASS, run);
    return { name, p50: percentile(times, 50), p99: percentile(times, 99), max: Math.max(...times) };
  });
  const heavy = heavyQueries(index).map(({ name, run }) => {
    index.upsert({ ...index.all()[3]! }); // a change first: nothing cached from before counts
    const start = performance.now();
    run();
    return { name, ms: performance.now() - start };
  });
  return { n, classes, heavy };
}

export function queryRows(figures: readonly QueryFigures[]): Row[] {
  return figures.flatMap(({ n, classes, heavy }) => {
    const target = n >= 50_000 ? 15 : n >= 10_000 ? 5 : null;
    const label = n.toLocaleString('en');
    const rows: Row[] = classes.map((c) => ({
      figure: `query p50 / p99: ${c.name} (N=${label})`,
      value: `${fmt(c.p50)} / ${fmt(c.p99)}`,
      target: target === null ? '—' : `p99 ≤ ${target} ms`,
      met: target === null ? null : c.p99 <= target,
    }));
    for (const h of heavy)
      rows.push({
        figure: `single heavy query: ${h.name} (N=${label})`,
        value: fmt(h.ms),
        target: '≤ 50 ms (event loop)',
        met: h.ms <= 50,
      });
    const worst = Math.max(...classes.map((c) => c.max));
    rows.push({
      figure: `longest single query, any class (N=${label})`,
      value: fmt(worst),
      target: '≤ 50 ms (event loop)',
      met: worst <= 50,
    });
    return rows;
  });
}
