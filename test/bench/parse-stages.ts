// Where parse + index time goes (issue 16): runs parseProfile's markdown pipeline stage by stage over a corpus
// and prints CPU ms per 1,000 files for each stage, beside markdown-it's bare parse() of the same texts.
// `node bin/run-ts.js test/bench/parse-stages.ts synthetic|DIR… [--rounds=N]` (JSON Resume files count as
// one stage). CPU time of this thread (process.cpuUsage), medians over rounds after one warm-up round.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { markdownIt } from '../../src/profiles/markdown/markdown-it-parser.js';
import type { Profile } from '../../src/profiles/model/profile.js';
import { parseProfile } from '../../src/profiles/parse-profile.js';
import { createProfileIndex } from '../../src/search/profile-index.js';
import { generateProfile } from './markdown-corpus.js';
import { median } from './stats.js';

const args = process.argv.slice(2);
const rounds = Number(args.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 5);
const sources = args.filter((a) => !a.startsWith('--'));

function files(): { file: string; bytes: Uint8Array }[] {
  if (sources.length === 0 || sources[0] === 'synthetic') {
    const encoder = new TextEncoder();
    return Array.from({ length: 1000 }, (_, i) => {
      const { file, text } = generateProfile(i);
      return { file, bytes: encoder.encode(text) };
    });
  }
  return sources.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => ['.md', '.markdown', '.json'].includes(extname(f).toLowerCase()))
      .sort()
      .map((f) => ({ file: f, bytes: new Uint8Array(readFileSync(join(dir, f))) })),
  );
}

const input = files();
const texts = input.map(({ bytes }) => new TextDecoder().decode(bytes));
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
let times: Record<string, number> = {};
function timed<R>(stage: string, run: () => R): R {
  const start = cpuMs();
  const result = run();
  times[stage] = (times[stage] ?? 0) + cpuMs() - start;
  return result;
}

/** parseProfile itself, each step of its pipeline timed (ParseOptions.stage). */
function parseInStages(bytes: Uint8Array, file: string): Profile | null {
  const result = parseProfile(bytes, file, { stage: timed });
  return result.ok ? result.profile : null;
}

const ours = markdownIt();
const bare = new MarkdownIt({ html: true, linkify: true });
const perRound: Record<string, number>[] = [];
for (let r = 0; r <= rounds; r++) {
  times = {};
  for (const text of texts) timed('markdown-it bare parse()', () => bare.parse(text, {}));
  for (const text of texts) timed("markdown-it, parseMarkdown's instance", () => ours.parse(text, {}));
  const profiles: Profile[] = [];
  for (const { file, bytes } of input) {
    const profile = parseInStages(bytes, file);
    if (profile) profiles.push(profile);
  }
  timed('index', () => createProfileIndex(profiles));
  // Again after the pipeline (halved below): whichever side runs first in a round pays for the other's garbage.
  for (const text of texts) timed('markdown-it bare parse()', () => bare.parse(text, {}));
  times['markdown-it bare parse()']! /= 2;
  if (r > 0) perRound.push(times); // round 0 warms the code
}

const perK = (ms: number) => (ms / input.length) * 1000;
const stages = Object.keys(perRound[0] ?? {});
const med = Object.fromEntries(stages.map((s) => [s, perK(median(perRound.map((t) => t[s] ?? 0)))]));
const baseline = new Set(['markdown-it bare parse()', "markdown-it, parseMarkdown's instance"]);
const total = stages.filter((s) => !baseline.has(s)).reduce((sum, s) => sum + med[s]!, 0);
const bareMs = med['markdown-it bare parse()']!;
console.log(`${input.length} files, CPU ms per 1,000 files, median of ${rounds} rounds`);
for (const s of stages)
  console.log(
    `${s.padEnd(40)} ${med[s]!.toFixed(0).padStart(6)}  ${baseline.has(s) ? '' : `${((100 * med[s]!) / total).toFixed(1).padStart(5)} %`}`,
  );
console.log(
  `${'parse + index (sum of stages)'.padEnd(40)} ${total.toFixed(0).padStart(6)}  = ${(total / bareMs).toFixed(1)}× bare`,
);
