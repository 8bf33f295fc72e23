// CPU time (user+system) of parsing N generated profiles + the dev corpus, robust to a loaded machine.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProfile } from '../src/profiles/parse-profile.js';
import { createProfileIndex } from '../src/search/profile-index.js';
import { generateProfile } from '../test/bench/markdown-corpus.js';
const n = Number(process.argv[2] ?? 1000);
const enc = new TextEncoder();
const files = Array.from({ length: n }, (_, i) => { const g = generateProfile(i); return { file: g.file, bytes: enc.encode(g.text) }; });
for (let i = 0; i < 200; i++) parseProfile(enc.encode(generateProfile(n + i).text), 'warm.md');
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let t = cpu();
const profiles = [];
for (const f of files) { const r = parseProfile(f.bytes, f.file); if (r.ok) profiles.push(r.profile); }
const parse = cpu() - t; t = cpu();
createProfileIndex(profiles);
const index = cpu() - t;
const dir = '/work/shared/corpus/real-dev/profiles';
const real = readdirSync(dir).filter((f) => /\.(md|json)$/.test(f)).map((f) => ({ file: f, bytes: readFileSync(join(dir, f)) }));
for (const f of real) parseProfile(f.bytes, f.file);
t = cpu();
for (let k = 0; k < 10; k++) for (const f of real) parseProfile(f.bytes, f.file);
const realMs = (cpu() - t) / 10;
console.log(JSON.stringify({ n, parsePerK: (parse / n) * 1000, indexPerK: (index / n) * 1000, devCorpus50FilesMs: realMs }));
