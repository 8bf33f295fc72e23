// ParseCache: parsed profiles kept between runs in one file (PROFILES_CACHE_FILE), so a restart with
// thousands of unchanged profiles skips parsing, and (for `ask`) the index built from them, so a start
// skips building it too. An entry is found only by the SHA-256 of the file's name and bytes, and the file
// names the code that wrote it (parserFingerprint), so a changed file or new code always starts afresh.
// Entries are this parser's validated output; a line after them holds their SHA-256, checked on read, so
// a damaged or cut-short cache is reported and ignored, never trusted (checking the sum instead of
// validating every entry again with zod halves a cached start). The kept index has its own sum, and names
// the entries it was built from in their order: for any other set of profiles it is not used. Each file
// read is stamped (file-stamps.ts), so the next start serves an unchanged file without reading it again.
import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { shareProfileStrings } from '../model/compact-profile.js';
import type { Profile } from '../model/profile.js';
import { type EntryBytes, entryLine, entryProfile } from './cache-entry.js';
import { createStampBook, type Measured } from './file-stamps.js';
import { loadCacheFile } from './load-cache-file.js';
import { parserFingerprint } from './parser-fingerprint.js';
import { writeCacheFile } from './write-cache-file.js';

export interface ParseCache {
  /**
   * The entry for a file's name and bytes (hashed once): its cached profile, and where to store one.
   * `measured`: the file's lstat before it was read, and when (now() before it): its stamp's making.
   */
  entry(
    name: string,
    bytes: Uint8Array,
    measured?: Measured,
  ): { profile: Profile | undefined; store(profile: Profile): void };
  /**
   * The cached profile of a file measured as `stats` when they match the stamp kept when it was last
   * read: it has not changed since, so it need not be read. Undefined otherwise: read it (then entry()).
   */
  unchanged(name: string, stats: Stats): Profile | undefined;
  /** The clock stamps are judged by (Date.now, unless the options give another). */
  now(): number;
  /**
   * The index kept for exactly these profiles in this order (each one served or stored here), if any: the
   * JSON data keepIndex was given (the store does not know the index's shape: search's index-snapshot.ts).
   */
  keptIndex(profiles: readonly Profile[]): unknown;
  /** Keeps an index (JSON data) built from exactly these profiles in this order, for save to write. */
  keepIndex(profiles: readonly Profile[], index: unknown): void;
  /** Whether save() would write anything new: an entry or stamp added or dropped, or an index to keep. */
  readonly changed: boolean;
  /** Writes the entries used or added since opening (others are dropped) and the kept index, atomically. */
  save(): Promise<void>;
  readonly stats: {
    hits: number;
    misses: number;
    /** Hits served by their stamp, without reading the file. */
    unread: number;
    loaded: number;
    problem: string | null;
    /** Why a kept index could not be used (damaged, or not for these profiles); null when it was or none was. */
    indexProblem: string | null;
  };
}

// Then the entries, `end` with their sum, optionally the file stamps and the kept index (write-cache-file.ts).
const HEADER = 'profile-assistant parse cache v3';

const sha256 = () => createHash('sha256');
const keyOf = (name: string, bytes: Uint8Array) =>
  sha256().update(name).update('\0').update(bytes).digest('hex');

export interface ParseCacheOptions {
  /**
   * Share equal strings within and across the cached profiles (shareProfileStrings), as freshly parsed
   * ones are: a server keeps them for days. A one-off answer (`ask`) skips it (a third of opening the
   * cache) and decodes each profile's large fields only when they are read (cache-entry.ts).
   */
  share?: boolean;
  /** The clock stamps are judged by (tests: a later one, as if the files had been written long ago). */
  now?: () => number;
}

type Kept = { line: Buffer } | { profile: Profile };

export async function openParseCache(path: string, options: ParseCacheOptions = {}): Promise<ParseCache> {
  const share = options.share !== false;
  const now = options.now ?? Date.now;
  const version = `${HEADER} ${await parserFingerprint()}`;
  const stored = new Map<string, EntryBytes>();
  const used = new Map<string, Kept>();
  const keys = new WeakMap<Profile, string>();
  const stats = {
    hits: 0,
    misses: 0,
    unread: 0,
    loaded: 0,
    problem: null as string | null,
    indexProblem: null as string | null,
  };
  const { stamps, index, problem } = await loadCacheFile(path, version, stored);
  stats.loaded = stored.size;
  stats.problem = problem;
  let keep: { of: string; json: string } | null = null;
  const book = createStampBook(stamps ?? null);
  const notAProfile = () => {
    stats.problem ??= 'an entry is not a profile (edited by hand?); its file is parsed afresh';
  };
  // Found only when an answer first reads it, after the entry was served: its fields read as empty.
  const bodyNotAProfile = () => {
    stats.problem ??=
      "an entry's skills, sections or contacts are not a profile's (edited by hand?); read as empty";
  };
  const profileOf = (key: string, name: string, entry: EntryBytes) => {
    const profile = entryProfile(entry, !share, bodyNotAProfile);
    // The key hashes the name: an entry for another file is an edit, never served under this one.
    if (profile?.file !== name) {
      notAProfile();
      stored.delete(key);
      return undefined;
    }
    if (share) shareProfileStrings(profile);
    keys.set(profile, key);
    // A one-off answer writes an unchanged entry back as it read it. A server keeps its profiles for days
    // and no bytes of the file: the blocks they were read into are freed once the profiles are decoded.
    if (share) stored.delete(key);
    used.set(key, share ? { profile } : { line: entry.bytes.subarray(entry.start, entry.end + 1) });
    return profile;
  };
  /** The key naming these profiles' entries in order, or null when one was not served or stored here. */
  const setKey = (profiles: readonly Profile[]) => {
    const sum = sha256();
    for (const profile of profiles) {
      const key = keys.get(profile);
      if (!key) return null;
      sum.update(key).update('\n');
    }
    return sum.digest('hex');
  };
  return {
    stats,
    now,
    unchanged(name, fileStats) {
      const stamp = book.matching(name, fileStats);
      const entry = stamp && stored.get(stamp.key);
      // profileOf refuses an entry that is not this file's, whatever its stamp says.
      const profile = stamp && entry && profileOf(stamp.key, name, entry);
      if (!stamp || !profile) return undefined;
      stats.hits++;
      stats.unread++;
      book.keep(name, stamp);
      return profile;
    },
    entry(name, bytes, measured) {
      const key = keyOf(name, bytes);
      const entry = stored.get(key);
      const profile = entry && profileOf(key, name, entry);
      profile ? stats.hits++ : stats.misses++;
      const stamp = measured && book.made(name, key, measured);
      if (profile && stamp) book.keep(name, stamp);
      const store = (parsed: Profile) => {
        keys.set(parsed, key);
        used.set(key, { profile: parsed });
        if (stamp) book.keep(name, stamp);
      };
      return { profile, store };
    },
    keptIndex(profiles) {
      if (!index) return undefined;
      if (sha256().update(index.json).digest('hex') !== index.sum) {
        stats.indexProblem = 'damaged: its checksum does not match; built afresh';
        return undefined;
      }
      if (setKey(profiles) !== index.of) {
        stats.indexProblem = 'kept for other profiles; built afresh';
        return undefined;
      }
      return JSON.parse(index.json) as unknown;
    },
    keepIndex(profiles, snapshot) {
      const of = setKey(profiles);
      if (of) keep = { of, json: JSON.stringify(snapshot) };
    },
    get changed() {
      return stats.misses > 0 || stats.hits !== stats.loaded || keep !== null || book.changed();
    },
    save() {
      const entries = function* () {
        for (const [key, kept] of used) yield 'line' in kept ? kept.line : entryLine(key, kept.profile);
      };
      const parts = { version, entries: entries(), count: used.size, stamps: book.line(), index: keep };
      return writeCacheFile(path, parts);
    },
  };
}
