// `npm run fuzz [-- --profiles N --resumes N --messages N --seed S]`: the property-test generators at scale
// (100,000 inputs by default), timing each in CPU milliseconds against its budget; prints counts,
// p50/p99/max and the slowest inputs, and exits 1 on any throw or budget overrun.
import fc from 'fast-check';
import {
  loadFuzzEngine,
  MESSAGE_BUDGET_MS,
  messageTarget,
  parseTarget,
  profileBudgetMs,
  timeRun,
} from './fuzz-targets.js';
import { anyProfile, hostileMessage, percentiles, SEED_PROFILES } from './generators.js';
import { ninthShapeResume } from './ninth-shapes.js';
import { frontMatterProfile, htmlProfile, jsonResume } from './shape-generators.js';

const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const seed = arg('seed', Date.now() % 1_000_000);
const BATCH = 500;

interface Outcome {
  count: number;
  times: number[];
  slowest: { ms: number; size: number; input: string }[];
  over: { ms: number; budget: number; input: string }[];
  thrown: { error: string; input: string }[];
}

const show = (text: string) =>
  JSON.stringify(text.length > 300 ? `${text.slice(0, 300)}…(${text.length} chars)` : text);

function fuzz(
  name: string,
  arbitrary: fc.Arbitrary<string>,
  total: number,
  run: (s: string) => () => void,
  budget: (s: string) => number,
): Outcome {
  const outcome: Outcome = { count: 0, times: [], slowest: [], over: [], thrown: [] };
  const started = Date.now();
  for (let done = 0; done < total; done += BATCH) {
    for (const input of fc.sample(arbitrary, { numRuns: Math.min(BATCH, total - done), seed: seed + done })) {
      const limit = budget(input);
      const { ms, error } = timeRun(run(input), limit);
      outcome.count += 1;
      outcome.times.push(ms);
      if (error) outcome.thrown.push({ error: String((error as Error).stack ?? error).slice(0, 400), input });
      else if (ms > limit) outcome.over.push({ ms, budget: limit, input });
      outcome.slowest.push({ ms, size: input.length, input });
      outcome.slowest = outcome.slowest.sort((a, b) => b.ms - a.ms).slice(0, 3);
    }
    process.stderr.write(
      `\r${name}: ${outcome.count}/${total} in ${Math.round((Date.now() - started) / 1000)} s`,
    );
  }
  process.stderr.write('\n');
  return outcome;
}

function report(name: string, outcome: Outcome): boolean {
  const { p50, p99, max } = percentiles(outcome.times);
  console.log(
    `${name}: ${outcome.count} inputs, ${outcome.thrown.length} threw, ${outcome.over.length} over budget; CPU ms p50 ${p50.toFixed(2)}, p99 ${p99.toFixed(2)}, max ${max.toFixed(2)}`,
  );
  for (const s of outcome.slowest)
    console.log(`  slow: ${s.ms.toFixed(1)} ms, ${s.size} chars: ${show(s.input)}`);
  for (const o of outcome.over.slice(0, 5))
    console.log(`  OVER: ${o.ms.toFixed(1)} ms > ${o.budget.toFixed(0)} ms: ${show(o.input)}`);
  for (const t of outcome.thrown.slice(0, 5)) console.log(`  THREW: ${t.error}\n    input: ${show(t.input)}`);
  return outcome.thrown.length === 0 && outcome.over.length === 0;
}

const engine = await loadFuzzEngine();
// Warm-up, including the HTML and YAML parsers' error paths (a cold first input took 3-5x its warm time).
for (const text of SEED_PROFILES) parseTarget(text)();
for (const arbitrary of [htmlProfile(SEED_PROFILES), frontMatterProfile(SEED_PROFILES)])
  for (const text of fc.sample(arbitrary, { numRuns: 30, seed: 1 })) parseTarget(text)();
console.log(`seed ${seed}`);
const profiles = fuzz('profiles', anyProfile, arg('profiles', 20_000), parseTarget, (s) =>
  profileBudgetMs(new TextEncoder().encode(s).length),
);
const resumes = fuzz(
  'resumes',
  fc.oneof({ weight: 3, arbitrary: jsonResume }, { weight: 1, arbitrary: ninthShapeResume }),
  arg('resumes', 5_000),
  (s) => parseTarget(s, 'fuzz.json'),
  (s) => profileBudgetMs(new TextEncoder().encode(s).length),
);
const messages = fuzz(
  'messages',
  hostileMessage,
  arg('messages', 80_000),
  (s) => messageTarget(engine, s),
  () => MESSAGE_BUDGET_MS,
);
const ok = [report('profiles', profiles), report('resumes', resumes), report('messages', messages)].every(
  Boolean,
);
process.exit(ok ? 0 : 1);
