// ParseCache: parsed profiles kept between runs in one file (PROFILES_CACHE_FILE), so a restart with
// thousands of unchanged profiles skips parsing. An entry is found only by the SHA-256 of the file's name
// and bytes and of the parser's own code, so a changed file or a new parser always parses afresh.
// Entries are this parser's validated output; the file ends with a SHA-256 of them, checked on read, so a
// damaged or cut-short cache is reported and ignored, never trusted. The sum proves the file whole, not
// its entries profiles (anyone can recompute it): each entry is checked against the schema too, by
// copyValidProfile's walk without zod (zod halved a cached start; this costs ~12 ms per 1,000 profiles).
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { shareProfileStrings } from '../model/compact-profile.js';
import { copyValidProfile } from '../model/copy-valid-profile.js';
import type { Profile } from '../model/profile.js';
import { parserFingerprint } from './parser-fingerprint.js';

export interface ParseCache {
  /** The entry for a file's name and bytes (hashed once): its cached profile, and where to store one. */
  entry(name: string, bytes: Uint8Array): { profile: Profile | undefined; store(profile: Profile): void };
  /** Writes the entries used or added since opening (others are dropped), atomically. */
  save(): Promise<void>;
  readonly stats: { hits: number; misses: number; loaded: number; problem: string | null };
}

const HEADER = 'profile-assistant parse cache v2';
/** The last line: `end`, the SHA-256 of every entry line (with its newline), the number of entries. */
const TRAILER = 'end\t';

const keyOf = (name: string, bytes: Uint8Array) =>
  createHash('sha256').update(name).update('\0').update(bytes).digest('hex');

export interface ParseCacheOptions {
  /**
   * Share equal strings within and across the cached profiles (shareProfileStrings), as freshly parsed
   * ones are: a server keeps them for days. A one-off answer (`ask`) skips it: a third of opening the cache.
   */
  share?: boolean;
}

export async function openParseCache(path: string, options: ParseCacheOptions = {}): Promise<ParseCache> {
  const version = `${HEADER} ${await parserFingerprint()}`;
  const stored = new Map<string, Profile>();
  const used = new Map<string, Profile>();
  const stats = { hits: 0, misses: 0, loaded: 0, problem: null as string | null };
  try {
    // A named pipe would block the open (and the process's exit) until a writer came; a device such as
    // /dev/zero would be read as one endless line. stat() answers without opening either.
    if (!(await stat(path)).isFile()) throw new Error('not a regular file');
    const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
    const sum = createHash('sha256');
    let first = true;
    let ended = false;
    let invalid: number | null = null;
    for await (const line of lines) {
      if (first) {
        first = false;
        if (line !== version) {
          stats.problem = 'written by another version of the parser; starting afresh';
          break;
        }
        continue;
      }
      if (ended) throw new Error('lines after its end');
      if (line.startsWith(TRAILER)) {
        if (line !== `${TRAILER}${sum.digest('hex')}\t${stats.loaded}`)
          throw new Error('damaged: its checksum does not match');
        ended = true;
        continue;
      }
      sum.update(line).update('\n');
      const tab = line.indexOf('\t');
      if (tab !== 64) throw new Error(`entry ${stats.loaded + 1} is not an entry`);
      // Shared (which reads every field) only once the checksum has vouched for the entries.
      const profile = copyValidProfile(JSON.parse(line.slice(tab + 1)), { fresh: false });
      // Said after the checksum: a damaged file is reported as damaged, not by its first broken entry.
      invalid ??= profile ? null : stats.loaded + 1;
      if (profile) stored.set(line.slice(0, tab), profile);
      stats.loaded++;
    }
    if (!first && !ended && !stats.problem) throw new Error('cut short: it has no end line');
    if (invalid !== null) throw new Error(`entry ${invalid} is not a profile (edited by hand?)`);
    if (options.share !== false) for (const profile of stored.values()) shareProfileStrings(profile);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') {
      stored.clear();
      stats.loaded = 0;
      stats.problem = `could not be read (${code ?? (error as Error).message}); starting afresh`;
    }
  }
  return {
    stats,
    entry(name, bytes) {
      const key = keyOf(name, bytes);
      // The key hashes the name: an entry for another file is an edit, never served under this one.
      const found = stored.get(key);
      const profile = found?.file === name ? found : undefined;
      if (profile) used.set(key, profile);
      profile ? stats.hits++ : stats.misses++;
      return { profile, store: (parsed) => void used.set(key, parsed) };
    },
    async save() {
      // Line by line: at 50,000 profiles the whole file (~400 MB) would not fit in one string.
      const temp = `${path}.${process.pid}.tmp`;
      async function* lines() {
        yield `${version}\n`;
        const sum = createHash('sha256');
        for (const [key, profile] of used) {
          const line = `${key}\t${JSON.stringify(profile)}\n`;
          sum.update(line);
          yield line;
        }
        yield `${TRAILER}${sum.digest('hex')}\t${used.size}\n`;
      }
      try {
        await pipeline(Readable.from(lines()), createWriteStream(temp));
        await rename(temp, path);
      } catch (error) {
        await rm(temp, { force: true }); // a full disk must not leave half a cache behind
        throw error;
      }
    },
  };
}
