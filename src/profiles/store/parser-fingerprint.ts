// parserFingerprint: a SHA-256 naming this parser, so a parse cache written by another one is never used.
// It hashes the code under src/profiles (every room), src/text (folding) and src/search (the index the
// cache keeps for `ask` is built by it) and the lock file that pins the parser's libraries (markdown-it,
// parse5, yaml). The bundle (dist/app/) carries it precomputed by
// bin/compile-checkout.js, the same hash of the same files: its sources are not beside it to read.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Beside the bundle's chunks; never beside src/ or tsc's dist/src/, which hash their own files. */
export const FINGERPRINT_FILE = 'parser-fingerprint.txt';

/** The folders of src/ whose code a cache entry (a parsed profile, a built index) depends on. */
export const PARSER_DIRS = ['profiles', 'text', 'search'] as const;

/** The hash of `dirs` (.ts, .js and .json files, by name) and of the first lock file that exists. */
export async function hashParserSources(
  dirs: readonly string[],
  lockFiles: readonly string[],
): Promise<string> {
  const hash = createHash('sha256');
  for (const dir of dirs) {
    const names = (await readdir(dir, { recursive: true })).filter((n) => /\.(ts|js|json)$/.test(n)).sort();
    for (const name of names) hash.update(name).update(await readFile(join(dir, name)));
  }
  for (const lock of lockFiles) {
    const bytes = await readFile(lock).catch(() => null);
    if (bytes) {
      hash.update(bytes);
      break;
    }
  }
  return hash.digest('hex');
}

let fingerprint: Promise<string> | null = null;

/** This parser's fingerprint: precomputed in the bundle, else hashed from the files around this module. */
export function parserFingerprint(): Promise<string> {
  fingerprint ??= readFile(new URL(`./${FINGERPRINT_FILE}`, import.meta.url), 'utf8').then(
    (text) => text.trim(),
    () => {
      // src/profiles/store/ in a checkout, dist/src/profiles/store/ from tsc: the lock file is above src/.
      // The checkout's own is found first, so sources and bundle name the same parser alike.
      const here = dirname(fileURLToPath(import.meta.url));
      return hashParserSources(
        PARSER_DIRS.map((dir) => join(here, '../..', dir)),
        [join(here, '../../../package-lock.json'), join(here, '../../../../package-lock.json')],
      );
    },
  );
  return fingerprint;
}
