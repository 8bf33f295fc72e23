// Builds the parse worker as the bundle ships it (esbuild, one file, the data it reads beside it) into a
// temp folder, and checks that it starts: a worker that cannot load would only make tests fall back.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';

const src = join(import.meta.dirname, '../../../src');

export async function buildParseWorker(): Promise<{ dir: string; worker: URL }> {
  const dir = mkdtempSync(join(tmpdir(), 'pa-workers-'));
  await build({
    entryPoints: [join(src, 'profiles/store/parse-worker.ts')],
    outfile: join(dir, 'parse-worker.mjs'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    // The bundle's own shim (bin/compile-checkout.js): bundled modules import createRequire themselves.
    banner: {
      js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);",
    },
    logLevel: 'error',
  });
  copyFileSync(join(src, 'profiles/vocabulary/technologies.json'), join(dir, 'technologies.json'));
  const worker = pathToFileURL(join(dir, 'parse-worker.mjs'));
  await new Promise<void>((resolve, reject) => {
    const probe = new Worker(worker);
    probe.once('message', () => void probe.terminate().then(() => resolve()));
    probe.once('error', (error) =>
      reject(new Error(`the built parse worker does not start: ${error.message}`)),
    );
  });
  return { dir, worker };
}
