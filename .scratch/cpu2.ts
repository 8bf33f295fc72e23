// CPU time of one cold pass over the dev corpus (each file once, after JIT warm-up on generated files).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProfile } from '../src/profiles/parse-profile.js';
import { generateProfile } from '../test/bench/markdown-corpus.js';
const enc = new TextEncoder();
for (let i = 0; i < 300; i++) parseProfile(enc.encode(generateProfile(i).text), 'warm.md');
const dir = '/work/shared/corpus/real-dev/profiles';
const real = readdirSync(dir).filter((f) => /\.(md|json)$/.test(f)).map((f) => ({ file: f, bytes: readFileSync(join(dir, f)) }));
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const t = cpu();
for (const f of real) parseProfile(f.bytes, f.file);
console.log(JSON.stringify({ devCorpusColdMs: cpu() - t }));
