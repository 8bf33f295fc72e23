import { generateProfile } from '../test/bench/markdown-corpus.js';
console.log(generateProfile(Number(process.argv[2] ?? 3)).text);
