// Cost of the vocabulary: import time, first-use load time and heap.
const gc = (globalThis as { gc?: () => void }).gc!;
gc();
const heap0 = process.memoryUsage().heapUsed;
let t = performance.now();
const v = await import('../src/profiles/tech-vocabulary.js');
const importMs = performance.now() - t;
gc();
const heap1 = process.memoryUsage().heapUsed;
t = performance.now();
v.lookupTechnology('js');
const loadMs = performance.now() - t;
gc();
const heap2 = process.memoryUsage().heapUsed;
t = performance.now();
for (let i = 0; i < 100000; i++) v.lookupTechnology(i % 2 ? 'postgres' : 'nodedotjs');
const lookupNs = ((performance.now() - t) / 100000) * 1e6;
console.log(JSON.stringify({ importMs, loadMs, heapAtImportKB: (heap1 - heap0) / 1024, heapLoadedKB: (heap2 - heap1) / 1024, lookupNs, size: v.vocabularySize() }));
