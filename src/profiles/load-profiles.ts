// loadProfiles: the only place that reads profile files from disk. Every *.md, *.markdown and *.json in the
// folder (dotfiles skipped); oversized files are rejected from their size alone, without being read.
import { type FileHandle, open, readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { DEFAULT_MAX_BYTES, tooLargeReason } from './decode.js';
import { mapLimit, OPEN_FILES } from './map-limit.js';
import type { ParseCache } from './parse-cache.js';
import { type ParseResult, parseProfile, rejection } from './parse-profile.js';
import type { Profile, RejectedFile } from './profile.js';

export interface LoadOptions {
  maxBytes?: number;
  /** Parsed profiles from an earlier run, by content (PROFILES_CACHE_FILE). */
  cache?: ParseCache;
}

export interface LoadResult {
  profiles: Profile[];
  rejected: RejectedFile[];
}

const EXTENSIONS = new Set(['.md', '.markdown', '.json']);

/** True for the files the loader reads (also used by the watcher to ignore editor swap files). */
export function isProfileFile(name: string): boolean {
  return !name.startsWith('.') && EXTENSIONS.has(extname(name).toLowerCase());
}

/** Reads and parses one file of the folder; never throws (an unreadable file is a rejection). */
export async function loadProfileFile(
  dir: string,
  name: string,
  options: LoadOptions = {},
): Promise<ParseResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const path = join(dir, name);
  let handle: FileHandle | undefined;
  try {
    // One open for the checks and the read (a stat, then readFile, opened the file twice).
    handle = await open(path, 'r');
    const info = await handle.stat();
    if (!info.isFile()) return rejection(name, 'not a regular file');
    if (info.size > maxBytes) return rejection(name, tooLargeReason(info.size, maxBytes));
    const bytes = await handle.readFile();
    const cached = options.cache?.entry(name, bytes);
    if (cached?.profile) return { ok: true, profile: cached.profile };
    const result = parseProfile(bytes, name, { maxBytes });
    if (result.ok) cached?.store(result.profile);
    return result;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return rejection(name, `could not be read (${code ?? (error instanceof Error ? error.message : error)})`);
  } finally {
    await handle?.close();
  }
}

/** Sorts results and rejects the second (in file-name order) of two files claiming the same id. */
export function settle(results: ParseResult[]): LoadResult {
  const sorted = [...results].sort((a, b) => fileOf(a).localeCompare(fileOf(b)));
  const byId = new Map<string, Profile>();
  const rejected: RejectedFile[] = [];
  for (const result of sorted) {
    if (!result.ok) {
      rejected.push(result.rejected);
      continue;
    }
    const first = byId.get(result.profile.id);
    if (first) {
      const dup = rejection(
        result.profile.file,
        `id "${result.profile.id}" is already used by ${first.file}`,
      );
      if (!dup.ok) rejected.push(dup.rejected);
    } else byId.set(result.profile.id, result.profile);
  }
  const profiles = [...byId.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  );
  return { profiles, rejected };
}

function fileOf(result: ParseResult): string {
  return result.ok ? result.profile.file : result.rejected.file;
}

export class ProfilesDirError extends Error {
  override name = 'ProfilesDirError';
}

/** Loads the folder. A missing or unreadable folder throws ProfilesDirError with a message saying what to fix. */
export async function loadProfiles(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'ENOTDIR'
          ? 'is not a folder'
          : `could not be read (${code ?? String(error)})`;
    throw new ProfilesDirError(`profiles folder "${dir}" ${why}; set PROFILES_DIR or pass --profiles DIR`);
  }
  const files = names.filter(isProfileFile);
  const results = await mapLimit(files, OPEN_FILES, (name) => loadProfileFile(dir, name, options));
  return settle(results);
}
