// createServedProfiles: what the profile store serves — the index, the person each file gives, the files
// that are broken and the names left out as another name of one file — and how one reload change swaps in.
import type { Logger } from 'pino';
import type { Profile, RejectedFile } from '../profiles/model/profile.js';
import type { FolderLoad } from '../profiles/store/load-profiles.js';
import type { ProfileIndex } from '../search/search-types.js';
import type { Change } from './same-files.js';

export const SAME_FILE = 'profile skipped: the same file as another name (a link); served once, as `of`';

export interface ServedProfiles {
  readonly index: ProfileIndex;
  /** Files that are currently broken, by name (a broken file with a last good version too). */
  rejected(): RejectedFile[];
  /** Every name served, broken or left out as a duplicate (a full rescan reads them all again). */
  names(): string[];
  /** True when `name` is served or reported (a duplicate of it must then be taken out). */
  holds(name: string): boolean;
  /** Applies one file's change to the maps and the index (synchronous). */
  apply(change: Change): void;
}

export function createServedProfiles(
  createIndex: (profiles: readonly Profile[]) => ProfileIndex,
  initial: FolderLoad,
  logger: Logger,
): ServedProfiles {
  const byFile = new Map<string, Profile>(initial.profiles.map((p) => [p.file, p]));
  const broken = new Map<string, RejectedFile>(initial.rejected.map((r) => [r.file, r]));
  // Names left out as another name of the same file (links), and the name served instead.
  const duplicates = new Map(initial.duplicates.map((d) => [d.file, d.of]));
  const index = createIndex(initial.profiles);
  // Which file holds each id, so a batch of reloads checks ids without scanning everyone per file.
  const fileById = new Map<string, string>(initial.profiles.map((p) => [p.id, p.file]));

  const remove = (name: string) => {
    const previous = byFile.get(name);
    if (previous) {
      index.remove(previous.id);
      fileById.delete(previous.id);
      logger.info({ file: name, id: previous.id }, 'profile removed');
    }
    byFile.delete(name);
    broken.delete(name);
  };

  const apply = (change: Change): void => {
    const { name, result } = change;
    if (result === 'deleted') {
      remove(name);
      duplicates.delete(name);
      return;
    }
    if (result === 'duplicate') {
      remove(name);
      if (duplicates.get(name) !== change.of) logger.warn({ file: name, of: change.of }, SAME_FILE);
      duplicates.set(name, change.of);
      return;
    }
    duplicates.delete(name);
    const previous = byFile.get(name);
    let outcome = result;
    if (outcome.ok) {
      const owner = fileById.get(outcome.profile.id);
      if (owner && owner !== name) {
        const reason = `id "${outcome.profile.id}" is already used by ${owner}`;
        outcome = { ok: false, rejected: { file: name, line: null, reason } };
      }
    }
    if (!outcome.ok) {
      broken.set(name, outcome.rejected);
      const { line, reason } = outcome.rejected;
      const message = previous ? 'profile broken; keeping its last good version' : 'profile skipped';
      logger.warn({ file: name, line, reason }, message);
      return;
    }
    if (previous && previous.id !== outcome.profile.id) {
      index.remove(previous.id);
      fileById.delete(previous.id);
    }
    index.upsert(outcome.profile);
    byFile.set(name, outcome.profile);
    fileById.set(outcome.profile.id, name);
    broken.delete(name);
    logger.info({ file: name, id: outcome.profile.id }, previous ? 'profile reloaded' : 'profile added');
  };

  return {
    index,
    rejected: () => [...broken.values()].sort((a, b) => a.file.localeCompare(b.file)),
    names: () => [...new Set([...byFile.keys(), ...broken.keys(), ...duplicates.keys()])],
    holds: (name) => byFile.has(name) || broken.has(name),
    apply,
  };
}
