// Child process for the build benchmark (run with --expose-gc): parses N generated markdown profiles,
// indexes them, and prints one JSON line { parseMs, indexMs, heapBytesPerProfile, profileBytesPerProfile, … }.

import type { Profile } from '../../src/profiles/model/profile.js';
import { parseProfile } from '../../src/profiles/parse-profile.js';
import { createProfileIndex } from '../../src/search/profile-index.js';
import { generateProfile } from './markdown-corpus.js';

const n = Number(process.argv[2]);
const gc = (globalThis as { gc?: () => void }).gc;
if (!Number.isInteger(n) || n <= 0 || !gc) {
  console.error('usage: node --expose-gc bin/run-ts.js test/bench/build-child.ts N');
  process.exit(2);
}

const encoder = new TextEncoder();
const files = Array.from({ length: n }, (_, i) => {
  const { file, text } = generateProfile(i);
  return { file, bytes: encoder.encode(text) };
});
// Warm the parser's code paths (JIT) on files that are not part of the measurement.
for (let i = 0; i < 200; i++) parseProfile(encoder.encode(generateProfile(n + i).text), 'warm.md');

gc();
const before = process.memoryUsage().heapUsed;
const parseStart = performance.now();
const profiles: Profile[] = [];
for (const { file, bytes } of files) {
  const result = parseProfile(bytes, file);
  if (result.ok) profiles.push(result.profile);
}
const parseMs = performance.now() - parseStart;
gc();
const profileBytes = process.memoryUsage().heapUsed - before;
const indexStart = performance.now();
const index = createProfileIndex(profiles);
const indexMs = performance.now() - indexStart;
// A server's warm-up makes what the index builds on first use (romanisation keys of name words, on a name
// not found as typed): the heap figure counts it, as a running server holds it.
index.resolvePerson('zzqx');
gc();
const heapBytes = process.memoryUsage().heapUsed - before;
console.log(
  JSON.stringify({
    parseMs,
    indexMs,
    heapBytesPerProfile: heapBytes / n,
    profileBytesPerProfile: profileBytes / n,
    parsed: profiles.length,
    size: index.size,
  }),
);
