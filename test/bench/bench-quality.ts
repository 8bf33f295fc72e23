// Top-5 hit rate on the labelled typo set, ours next to plain fuse.js over the same corpus (the reference),
// with each one's median time per query and the speed ratio.
import Fuse from 'fuse.js';
import type { Profile } from '../../src/profiles/model/profile.js';
import { createProfileIndex } from '../../src/search/profile-index.js';
import { PERSON_KEYS } from '../../src/search/search-keys.js';
import { generateProfiles, type LabelledQuery, labelledTypos } from './corpus.js';
import { fmt, median, type Row } from './stats.js';

export interface QualityFigures {
  n: number;
  queries: number;
  oursHits: number;
  plainHits: number;
  oursMedianMs: number;
  plainMedianMs: number;
}

const hit = (q: LabelledQuery, top: readonly Profile[]) =>
  q.kind === 'name'
    ? top.some((p) => p.id === q.expected)
    : top.some((p) => p.skills.some((s) => s.name === q.expected));

function score(queries: readonly LabelledQuery[], run: (q: LabelledQuery) => Profile[]) {
  const times: number[] = [];
  let hits = 0;
  for (const q of queries) {
    const start = performance.now();
    const top = run(q);
    times.push(performance.now() - start);
    if (hit(q, top)) hits++;
  }
  return { hits, medianMs: median(times) };
}

export function measureQuality(n: number, count = 120): QualityFigures {
  const profiles = generateProfiles(n);
  const queries = labelledTypos(profiles, count);
  const index = createProfileIndex(profiles);
  const people = new Fuse(profiles, { keys: PERSON_KEYS, ignoreLocation: true });
  const skills = new Fuse(profiles, { keys: ['skills.name'], ignoreLocation: true });
  const ours = (q: LabelledQuery) =>
    q.kind === 'name'
      ? index.completePeople(q.query, 5)
      : index.whoKnows(q.query, { limit: 5 }).matches.map((m) => m.profile);
  const plain = (q: LabelledQuery) =>
    (q.kind === 'name' ? people : skills).search(q.query, { limit: 5 }).map((r) => r.item);
  ours(queries[0]!); // warm-up
  plain(queries[0]!);
  const o = score(queries, ours);
  const p = score(queries, plain);
  return {
    n,
    queries: queries.length,
    oursHits: o.hits,
    plainHits: p.hits,
    oursMedianMs: o.medianMs,
    plainMedianMs: p.medianMs,
  };
}

export function qualityRows(figures: readonly QualityFigures[]): Row[] {
  return figures.flatMap((f) => {
    const label = f.n.toLocaleString('en');
    const pct = (h: number) => `${((100 * h) / f.queries).toFixed(1)} %`;
    return [
      {
        figure: `top-5 hits on ${f.queries} labelled typos (N=${label}): ours / plain fuse.js`,
        value: `${pct(f.oursHits)} / ${pct(f.plainHits)}`,
        target: '100 %, never below fuse.js',
        met: f.oursHits === f.queries && f.oursHits >= f.plainHits,
      },
      {
        figure: `median per labelled query (N=${label}): ours / plain fuse.js`,
        value: `${fmt(f.oursMedianMs)} / ${fmt(f.plainMedianMs)} (${(f.plainMedianMs / f.oursMedianMs).toFixed(0)}× faster)`,
        target: '—',
        met: null,
      },
    ];
  });
}
