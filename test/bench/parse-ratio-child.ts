// Child process for the parse-ratio benchmark: on one corpus, alternates markdown-it's bare parse() of every
// file with our parse + index of the same files, and prints one JSON line of per-round CPU times (ms per 1k).
// CPU time, not wall time: the bench machine is shared, and both sides run in the same minute anyway.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import MarkdownIt from 'markdown-it';
import type { Profile } from '../../src/profiles/model/profile.js';
import { parseProfile } from '../../src/profiles/parse-profile.js';
import { createProfileIndex } from '../../src/search/profile-index.js';
import { generateProfile } from './markdown-corpus.js';

const [corpus, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg ?? 7);

function files(): { file: string; bytes: Uint8Array }[] {
  if (corpus === 'synthetic') {
    const encoder = new TextEncoder();
    return Array.from({ length: 1000 }, (_, i) => {
      const { file, text } = generateProfile(i);
      return { file, bytes: encoder.encode(text) };
    });
  }
  return readdirSync(corpus!)
    .filter((f) => ['.md', '.markdown', '.json'].includes(extname(f).toLowerCase()))
    .sort()
    .map((f) => ({ file: f, bytes: new Uint8Array(readFileSync(join(corpus!, f))) }));
}

const input = files();
const texts = input.map(({ bytes }) => new TextDecoder().decode(bytes));
// The options our parser gives markdown-it (HTML and bare links read), so both sides tokenise the same.
const markdownIt = new MarkdownIt({ html: true, linkify: true });
// A small corpus is parsed several times per round, so each timing covers at least ~1,000 files.
const passes = Math.max(1, Math.ceil(1000 / input.length));

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const perThousand = (ms: number) => (ms / (passes * input.length)) * 1000;

function bare(): number {
  const start = cpuMs();
  for (let p = 0; p < passes; p++) for (const text of texts) markdownIt.parse(text, {});
  return perThousand(cpuMs() - start);
}

function ours(): number {
  const start = cpuMs();
  for (let p = 0; p < passes; p++) {
    const profiles: Profile[] = [];
    for (const { file, bytes } of input) {
      const result = parseProfile(bytes, file);
      if (result.ok) profiles.push(result.profile);
    }
    createProfileIndex(profiles);
  }
  return perThousand(cpuMs() - start);
}

// Warm both sides' code paths (JIT) before measuring.
bare();
ours();
const bareMs: number[] = [];
const oursMs: number[] = [];
for (let r = 0; r < rounds; r++) {
  bareMs.push(bare());
  oursMs.push(ours());
}
console.log(JSON.stringify({ files: input.length, bareMs, oursMs }));
