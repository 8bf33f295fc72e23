#!/usr/bin/env node
// `npm ci` / `npm install` (the prepare script) and `npm run build` bundle src/ and its libraries into
// dist/app/ with esbuild: main.js plus chunks that load only with the verb needing them, so a start loads a
// few files instead of ~260 modules and their dependency graphs. discord.js and @slack/bolt stay in
// node_modules (loaded only by the platform verbs); pino-pretty too (loaded by name, for pretty logs).
// Type checking stays with `npm run typecheck` (and tsc in `npm run build`).
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_ENTRY, filesUnder, STAMP } from './choose-build.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, dirname(BUNDLE_ENTRY));

// A production install (`--omit=dev`) has no esbuild, and the image stage has no sources yet: skip.
let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  process.exit(0);
}
const main = join(root, 'src/main.ts');
if (filesUnder(join(root, 'src')).length === 0) process.exit(0);

// Bundled CommonJS libraries call require(): ESM has none, so each chunk makes one.
const requireShim =
  "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);";

// zod re-exports ~50 message locales through `z.locales`; only its default (English) is ever used here,
// and parsing the others cost more start-up than any other library.
const englishZodOnly = {
  name: 'english-zod-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${join('node_modules', 'zod')}`)
        ? { path: join(dirname(args.importer), '../locales/index.js'), namespace: 'zod-locales' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(join(dirname(args.path), 'en.js'))};`,
      resolveDir: dirname(args.path),
    }));
  },
};

rmSync(out, { recursive: true, force: true });
await esbuild.build({
  // The parse worker is an entry of its own: worker threads start from a file (parse-in-workers.ts).
  entryPoints: { main, 'parse-worker': join(root, 'src/profiles/store/parse-worker.ts') },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['discord.js', '@slack/bolt', 'pino-pretty'],
  banner: { js: requireShim },
  plugins: [englishZodOnly],
  chunkNames: '[name]-[hash]',
  sourcemap: true,
  logLevel: 'warning',
});
// Data files read beside their module (createRequire('./technologies.json')) sit beside every chunk.
for (const json of filesUnder(join(root, 'src')).filter((file) => file.endsWith('.json')))
  copyFileSync(json, join(out, basename(json)));
// The parse cache names its parser by a hash of the parser's sources, which the bundle does not ship.
const fingerprintModule = await esbuild.build({
  entryPoints: [join(root, 'src/profiles/store/parser-fingerprint.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const { hashParserSources, FINGERPRINT_FILE, PARSER_DIRS } = await import(
  `data:text/javascript;base64,${Buffer.from(fingerprintModule.outputFiles[0].text).toString('base64')}`
);
const fingerprint = await hashParserSources(
  PARSER_DIRS.map((dir) => join(root, 'src', dir)),
  [join(root, 'package-lock.json')],
);
writeFileSync(join(out, FINGERPRINT_FILE), `${fingerprint}\n`);
// The launcher runs the bundle only while this stamp is newer than every source file.
writeFileSync(join(root, STAMP), `${new Date().toISOString()}\n`);
console.log('bundled src/ into dist/app/ (npm start runs it while sources are unchanged)');
