import { parseProfile } from '../src/profiles/parse-profile.js';
import { generateProfile } from '../test/bench/markdown-corpus.js';
const enc = new TextEncoder();
const out: Record<string, string[]> = {};
for (let i = 0; i < 300; i++) { const g = generateProfile(i); const r = parseProfile(enc.encode(g.text), g.file); out[g.file] = r.ok ? r.profile.skills.map((s) => s.name) : ['REJECTED']; }
console.log(JSON.stringify(out));
