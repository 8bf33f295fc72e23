#!/usr/bin/env node
// `npm ci` / `npm install` (the prepare script) transpiles src/ and commands/ to dist/ with esbuild,
// so a fresh checkout starts from JavaScript (~0.3 s) instead of transpiling through tsx (~1 s).
// Type checking stays with `npm run typecheck`; the container image builds dist/ with tsc.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder, STAMP } from './choose-build.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist');

const files = (dir, ext) => filesUnder(dir).filter((file) => file.endsWith(ext));

// A production install (`--omit=dev`) has no esbuild, and the image stage has no sources yet: skip.
let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  process.exit(0);
}
const sources = [...files(join(root, 'src'), '.ts'), ...files(join(root, 'commands'), '.ts')];
if (sources.length === 0) process.exit(0);

await esbuild.build({
  entryPoints: sources,
  outdir: out,
  outbase: root,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
});
for (const json of files(join(root, 'src'), '.json')) {
  const target = join(out, relative(root, json));
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(json, target);
}
// The launcher runs dist/ only while this stamp is newer than every source file.
writeFileSync(join(root, STAMP), `${new Date().toISOString()}\n`);
console.log(`compiled ${sources.length} files to dist/ (npm start runs them while sources are unchanged)`);
