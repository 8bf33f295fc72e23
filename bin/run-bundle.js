// Runs the compiled bundle (one CommonJS script) with V8's code cache: the first run of a verb saves the
// bytecode of every function it compiled, later runs of that verb skip parsing and compiling them.
// Node 20 has no compile cache for ES modules (and Node 22's saves only what compiles eagerly), hence vm.Script.
import { createHash } from 'node:crypto';
import {
  accessSync,
  constants,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import module from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import vm from 'node:vm';

const MAGIC = Buffer.from('pa-code-cache 1\n');
const DIGEST = 32; // sha-256 of the payload, checked before V8 sees it (V8 checks versions, not every byte)

/** The file holding the cache for this bundle text, Node/V8 build and verb (caches differ by what ran). */
export function cacheFileFor(dir, bundleBytes, verb) {
  const key = createHash('sha256')
    .update(bundleBytes)
    .update(`\0${process.version}\0${process.arch}\0${process.versions.v8}`)
    .digest('hex')
    .slice(0, 24);
  return join(dir, `${verb}-${key}.bin`);
}

/** The cache's payload, or undefined when it is missing, truncated, damaged or not ours. */
export function readCodeCache(file) {
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  if (bytes.length <= MAGIC.length + DIGEST || !bytes.subarray(0, MAGIC.length).equals(MAGIC))
    return undefined;
  const payload = bytes.subarray(MAGIC.length + DIGEST);
  const digest = createHash('sha256').update(payload).digest();
  return digest.equals(bytes.subarray(MAGIC.length, MAGIC.length + DIGEST)) ? payload : undefined;
}

/** Writes the cache whole or not at all (a concurrent run reads the old file or the new one), and drops
 * this verb's caches for older bundles. Failing to write is not an error: the next run compiles again. */
export function writeCodeCache(file, payload) {
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    const digest = createHash('sha256').update(payload).digest();
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, Buffer.concat([MAGIC, digest, payload]), { mode: 0o600 });
    renameSync(partial, file);
    const verb = file.slice(dirname(file).length + 1).replace(/-[0-9a-f]{24}\.bin$/, '');
    for (const name of readdirSync(dirname(file)))
      if (name.startsWith(`${verb}-`) && name !== file.slice(dirname(file).length + 1))
        rmSync(join(dirname(file), name), { force: true });
  } catch {
    // read-only or full disk: run without a cache
  }
}

/** Where caches live: beside the bundle when this user may write there (a checkout), else in the user's
 * own cache folder (the image, where dist/ belongs to root); never a shared temp folder, whose files
 * another user could plant. null: nowhere usable. */
export function cacheDirFor(bundle, env) {
  const beside = join(dirname(bundle), '.code-cache');
  try {
    accessSync(dirname(bundle), constants.W_OK);
    return beside;
  } catch {
    // not ours to write
  }
  const home = env.XDG_CACHE_HOME || (homedir() && join(homedir(), '.cache'));
  if (!home) return null;
  const dir = join(home, 'profile-assistant', 'code-cache');
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = statSync(dir);
    if (typeof process.getuid === 'function' && stat.uid !== process.getuid()) return null;
    accessSync(dir, constants.W_OK);
    return dir;
  } catch {
    return null;
  }
}

/** Runs the CommonJS bundle at `bundle` as `require` would, with the code cache in `cacheDir` (null: none). */
export function runBundle(bundle, { cacheDir, verb }) {
  const bytes = readFileSync(bundle);
  const file = cacheDir ? cacheFileFor(cacheDir, bytes, verb) : null;
  const cachedData = file ? readCodeCache(file) : undefined;
  const script = new vm.Script(module.wrap(bytes.toString('utf8')), {
    filename: bundle,
    cachedData,
    ...(vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER && {
      importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    }),
  });
  // Saved at exit, so the cache holds every function the verb ran, not only the top level.
  if (file && (cachedData === undefined || script.cachedDataRejected))
    process.once('exit', () => writeCodeCache(file, script.createCachedData()));
  const exports = {};
  const wrapper = script.runInThisContext();
  wrapper.call(exports, exports, module.createRequire(bundle), { exports }, bundle, dirname(bundle));
  return { cached: cachedData !== undefined && !script.cachedDataRejected };
}
