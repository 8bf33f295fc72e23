#!/usr/bin/env node
// `npm ci` / `npm install` (the prepare script) and `npm run build` bundle src/ and its libraries into
// dist/app/ with esbuild: main.cjs (one script, see below) and the parse worker, so a start reads one file
// instead of ~260 modules and their dependency graphs. discord.js and @slack/bolt stay in
// node_modules (loaded only by the platform verbs); pino-pretty too (loaded by name, for pretty logs).
// Type checking stays with `npm run typecheck` (and tsc in `npm run build`).
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asciiOnly } from './ascii-only.js';
import { BUNDLE_ENTRY, filesUnder, STAMP } from './choose-build.js';
import { dataFileCopies } from './data-file-copies.js';

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

// zod's fromJSONSchema (JSON Schema → zod) is never called here, yet its module spreads every schema and
// check into one object when the bundle starts (~2 % of a cached ask's CPU): the bundle gets a stand-in.
const noZodFromJsonSchema = {
  name: 'no-zod-from-json-schema',
  setup(build) {
    build.onResolve({ filter: /^\.\/from-json-schema\.js$/ }, (args) =>
      args.importer.includes(join('node_modules', 'zod'))
        ? { path: args.importer, namespace: 'zod-from-json-schema' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-from-json-schema' }, () => ({
      contents:
        "export function fromJSONSchema() { throw new Error('zod fromJSONSchema is not in this bundle'); }",
    }));
  },
};

// Data files read beside their module (createRequire('./technologies.json')) sit beside every chunk:
// checked before building, so two with one base name fail the build instead of one replacing the other.
const dataFiles = dataFileCopies(join(root, 'src'), out);
rmSync(out, { recursive: true, force: true });
const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: ['discord.js', '@slack/bolt', 'pino-pretty'],
  plugins: [englishZodOnly, noZodFromJsonSchema],
  sourcemap: true,
  logLevel: 'warning',
};
// The app is one CommonJS script: bin/run-bundle.js runs it through vm.Script with V8's code cache, which
// Node 20 offers for scripts only. Modules a verb imports lazily stay lazy (esbuild wraps each in an
// init function run on first import), so a start still evaluates only what its verb needs.
await esbuild.build({
  ...shared,
  entryPoints: [main],
  outfile: join(root, BUNDLE_ENTRY),
  format: 'cjs',
  // import.meta does not exist in a script; the bundle's own file URL stands in (data files and the
  // parse worker are found beside it).
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
// Only ASCII, so Node reads the script as one-byte text (a single non-ASCII character makes the whole 3 MB
// a two-byte string, several times slower to decode and twice the memory). esbuild escapes strings and
// names but leaves regular expression literals and comments as written; a \u escape (a surrogate pair
// above U+FFFF) means the same character there, with or without the u flag.
const bundled = join(root, BUNDLE_ENTRY);
writeFileSync(bundled, asciiOnly(readFileSync(bundled, 'utf8')));
// The parse worker is an entry of its own: worker threads start from a file (parse-in-workers.ts).
await esbuild.build({
  ...shared,
  entryPoints: { 'parse-worker': join(root, 'src/profiles/store/parse-worker.ts') },
  outdir: out,
  splitting: true,
  format: 'esm',
  banner: { js: requireShim },
  chunkNames: '[name]-[hash]',
});
for (const [from, to] of dataFiles) copyFileSync(from, to);
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
