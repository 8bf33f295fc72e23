// Builds the parse worker as the bundle ships it (esbuild, one file, the data it reads beside it) into a
// temp folder, and checks that it starts: a worker that cannot load would only make tests fall back.
// Beside it, a worker that parses as the real one does but never finishes a file marked HANG_MARK.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';

const src = join(import.meta.dirname, '../../../src');

/**
 * A file holding this never finishes parsing in the `hanging` worker: a parse that outlives any time
 * limit on any machine, where a hostile file's parse time depends on the machine's speed.
 */
export const HANG_MARK = '<!-- the parse of this file never ends -->';

// Its listener comes first, so it blocks (without spinning) before the real worker's sees the file.
const HANGING = `import { parentPort } from 'node:worker_threads';
const mark = new TextEncoder().encode(${JSON.stringify(HANG_MARK)});
const holds = (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(mark);
parentPort.on('message', ({ files }) => {
  if (files.some((file) => holds(file.bytes))) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
});
await import('./parse-worker.mjs');
`;

export async function buildParseWorker(): Promise<{ dir: string; worker: URL; hanging: URL }> {
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
  writeFileSync(join(dir, 'hanging-parse-worker.mjs'), HANGING);
  return { dir, worker, hanging: pathToFileURL(join(dir, 'hanging-parse-worker.mjs')) };
}
