// The engine for local use (`ask`, `shell`): reads the profile folder, reports rejected files on
// stderr, (for the interactive shell) watches the folder through the profile store, and wraps the
// engine in dispatch for the shell (unexpected errors are logged on stderr).
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { type Config, loadConfig } from '../config/config.js';
import { formatConfigErrors } from '../config/format-config-errors.js';
import { createEngine } from '../engine/create-engine.js';
import type { Engine } from '../engine/engine.js';
import type { Dispatch } from '../platforms/platform.js';
import type { RejectedFile } from '../profiles/model/profile.js';
import type { ProfileIndex } from '../search/search-types.js';
import { oneLine } from '../text/one-line.js';
import { createDispatch } from './dispatch.js';

/** Only what local answers need: unrelated variables (platform tokens) can't break `ask`. */
const LOCAL_VARIABLES = [
  'PROFILES_DIR',
  'DEFAULT_PROFILE',
  'PROFILE_MAX_BYTES',
  'CONTACT_EPHEMERAL',
  'PROFILES_CACHE_FILE',
  'PROFILE_PARSE_TIMEOUT_MS',
  'PROFILE_STARTUP_BUDGET_MS',
] as const;

export interface LocalEngineOptions {
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** `--profiles DIR`; beats PROFILES_DIR, which beats ./profiles. */
  profilesDir?: string;
  /** Watch the folder and swap changed files in (interactive shell). */
  watch: boolean;
  stderr: Writable;
  /** Who speaks in messages ("profile-assistant shell"). */
  who: string;
}

export interface LocalEngine {
  engine: Engine;
  /** The engine as the shell platform sees it (shell requests are never rate-limited); built on first
   * use, so a one-off answer (`ask`) never loads the logger. */
  dispatch(): Promise<Dispatch>;
  dir: string;
  index(): ProfileIndex;
  close(): Promise<void>;
}

/** `message` is ready to print: it names `who`. */
export type LocalEngineResult = { ok: true; local: LocalEngine } | { ok: false; message: string };

export async function openLocalEngine(options: LocalEngineOptions): Promise<LocalEngineResult> {
  const picked = Object.fromEntries(LOCAL_VARIABLES.map((name) => [name, options.env[name]]));
  const loaded = loadConfig(picked);
  if (!loaded.ok) return { ok: false, message: formatConfigErrors(loaded.errors, options.who) };
  const { config } = loaded;
  const dir = resolve(options.cwd, options.profilesDir ?? config.profilesDir);
  try {
    const source = options.watch ? await openStore(dir, config, options) : null;
    const local = source ?? (await openOnce(dir, config, options.stderr));
    const engine = createEngine({
      index: local.index,
      defaultProfile: config.defaultProfile,
      contactEphemeral: config.privacy.contactEphemeral,
    });
    let dispatch: Promise<Dispatch> | null = null;
    const shellDispatch = () => {
      dispatch ??= stderrLogger(config, options.stderr).then((logger) => createDispatch({ engine, logger }));
      return dispatch;
    };
    return { ok: true, local: { engine, dispatch: shellDispatch, dir, ...local } };
  } catch (error) {
    return {
      ok: false,
      message: `${options.who}: cannot read profiles from ${dir}: ${(error as Error).message}`,
    };
  }
}

type IndexSource = Pick<LocalEngine, 'index' | 'close'>;

async function openOnce(dir: string, config: Config, stderr: Writable): Promise<IndexSource> {
  const cacheFile = config.profilesCacheFile;
  const [{ loadProfilesOnce, largeFilesUnbounded }, { oneOffIndex }, cache] = await Promise.all([
    import('../profiles/store/load-profiles-once.js'),
    import('./one-off-index.js'),
    cacheFile
      ? import('../profiles/store/parse-cache.js').then((m) => m.openParseCache(cacheFile, { share: false }))
      : undefined,
  ]);
  // Blocking reads: nothing else runs while `ask` loads, and they cost a fraction of the promise API.
  const { profiles, rejected } = await loadProfilesOnce(dir, {
    maxBytes: config.maxProfileBytes,
    cache,
    blocking: true,
    workers: true,
    timeoutMs: config.parseTimeoutMs,
    onFallback: (why) => stderr.write(`profile-assistant: warning: ${largeFilesUnbounded(why)}\n`),
  });
  reportRejected(rejected, stderr);
  if (profiles.length === 0) stderr.write(`profile-assistant: warning: no profiles found in ${dir}\n`);
  // PROFILES_CACHE_FILE: the index an earlier ask kept for these very profiles is restored, not built.
  let rekept = false;
  const index = oneOffIndex(profiles, cache, () => {
    rekept = true;
  });
  // `ask` reads and keeps parsed profiles and the index too (written only when something changed).
  const save = () =>
    cache?.save().catch((error: Error) => {
      stderr.write(`profile-assistant: warning: parse cache not saved: ${error.message}\n`);
    });
  const saving = (cache?.changed && save()) || Promise.resolve();
  // An index rebuilt while answering (a forged one was restored) replaces it once the answer is out.
  return { index: () => index, close: () => saving.then(() => (rekept ? save() : undefined)) };
}

/** The hot-reloading store, when this build has it; null sends the caller to a one-off load. */
async function openStore(
  dir: string,
  config: Config,
  options: LocalEngineOptions,
): Promise<IndexSource | null> {
  const storeModule = await import('./profile-store.js').catch(() => null);
  if (!storeModule) return null;
  const { createProfileIndex } = await import('../search/profile-index.js');
  const logger = await stderrLogger(config, options.stderr);
  const store = await storeModule.createProfileStore({
    dir,
    maxBytes: config.maxProfileBytes,
    cacheFile: config.profilesCacheFile,
    parseTimeoutMs: config.parseTimeoutMs,
    startupBudgetMs: config.startupBudgetMs,
    logger,
    createIndex: createProfileIndex,
    watch: true,
  });
  reportRejected(store.rejected(), options.stderr);
  return { index: () => store.index(), close: () => store.close() };
}

/** Warnings and errors on stderr in a readable form; info-level chatter would drown the prompt. */
async function stderrLogger(config: Config, stderr: Writable) {
  // Loaded on use: pino is not needed to read the folder.
  const { createLogger } = await import('../logging/create-logger.js');
  return createLogger(
    { ...config, log: { level: 'warn', format: 'pretty' } },
    stderr as NodeJS.WritableStream,
  );
}

function reportRejected(rejected: readonly RejectedFile[], stderr: Writable): void {
  for (const file of rejected) {
    // A file name is written as the folder has it: no ESC or BEL in one reaches the terminal, and a line
    // break is an escape.
    const where = oneLine(file.line ? `${file.file}:${file.line}` : file.file);
    stderr.write(`profile-assistant: warning: skipped ${where}: ${oneLine(file.reason)}\n`);
  }
}
