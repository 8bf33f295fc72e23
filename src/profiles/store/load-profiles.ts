// loadProfiles: loads a whole profile folder. Every *.md, *.markdown and *.json in the folder (dotfiles
// skipped) whose real path stays inside the folder and which is a regular file, each real file once;
// oversized files are rejected from their size alone, and files still being written are held back until
// they settle. Reading and parsing the files is loadProfileFiles' work.
import type { ParseResult } from '../model/parse-result.js';
import type { Profile, RejectedFile } from '../model/profile.js';
import type { LoadOptions } from './load-options.js';
import { loadProfileFiles, rejection } from './load-profile-files.js';
import { ASYNC_FS, BLOCKING_FS } from './profile-fs.js';
import { isProfileFile } from './resolve-profile-file.js';

export type { LoadOptions };
// Defined beside the link checks, which need it; exported here, where callers look for it.
export { isProfileFile };

export interface LoadResult {
  profiles: Profile[];
  rejected: RejectedFile[];
}

/** A name left out because its real path is another's (two links to one file, or a link and its target). */
export interface DuplicateFile {
  file: string;
  /** The name loaded instead: the first in sorted order. */
  of: string;
}

export interface FolderLoad extends LoadResult {
  /** Files held back because they were still being written (also in `rejected`), for a watcher to retry. */
  changing: string[];
  /** Files the start budget left for the parse worker (in neither `profiles` nor `rejected` yet). */
  deferred: string[];
  /** Names not loaded because another name is the same file (not rejections: nothing is wrong with them). */
  duplicates: DuplicateFile[];
  /** The real path of every name that resolved to a file, duplicates included (for a watcher's later checks). */
  realPaths: Map<string, string>;
}

export const stillChangingReason = (settleMs: number) =>
  `still being written (changed within ${settleMs} ms); read once it stops changing`;

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
export async function loadProfiles(dir: string, options: LoadOptions = {}): Promise<FolderLoad> {
  let root: string;
  let names: string[];
  try {
    // Files are checked against the folder's real path, so the folder itself may be a link.
    const fs = options.blocking ? BLOCKING_FS : ASYNC_FS;
    root = await fs.realpath(dir);
    names = await fs.readdir(root);
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
  const outcomes = await loadProfileFiles(root, names.filter(isProfileFile), options);
  const results: ParseResult[] = [];
  const changing: string[] = [];
  const deferred: string[] = [];
  const duplicates: DuplicateFile[] = [];
  const realPaths = new Map<string, string>();
  for (const outcome of outcomes) {
    if (outcome.state !== 'missing' && outcome.real) realPaths.set(outcome.name, outcome.real);
    if (outcome.state === 'read') results.push(outcome.result);
    else if (outcome.state === 'duplicate') duplicates.push({ file: outcome.name, of: outcome.of });
    else if (outcome.state === 'deferred') deferred.push(outcome.name);
    else if (outcome.state === 'changing') {
      changing.push(outcome.name);
      results.push(rejection(outcome.name, stillChangingReason(options.settleMs ?? 0)));
    } else if (outcome.link) results.push(rejection(outcome.name, 'links to a file that does not exist'));
  }
  duplicates.sort((a, b) => a.file.localeCompare(b.file));
  return { ...settle(results), changing: changing.sort(), deferred: deferred.sort(), duplicates, realPaths };
}
