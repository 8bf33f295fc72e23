// writeCacheFile: writes a parse cache file (its lines are described in parse-cache.ts) whole or not at all:
// line by line into a temporary file beside it, then renamed over it (a reader sees the old file or the new).
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface CacheFileParts {
  /** The header line: the format and the parser's fingerprint. */
  version: string;
  /** Entry lines, each with its newline, made as they are written. */
  entries: Iterable<string | Buffer>;
  count: number;
  /** The file stamps' line (file-stamps.ts), if any. */
  stamps: string | null;
  /** The kept index: the key of its profiles' entries and its JSON. */
  index: { of: string; json: string } | null;
}

const sha256 = () => createHash('sha256');

export async function writeCacheFile(path: string, parts: CacheFileParts): Promise<void> {
  // Line by line: at 50,000 profiles the whole file (~400 MB) would not fit in one string.
  function* lines() {
    yield `${parts.version}\n`;
    const sum = sha256();
    for (const line of parts.entries) {
      sum.update(line);
      yield line;
    }
    // `end`, the SHA-256 of every entry line (with its newline), the number of entries.
    yield `end\t${sum.digest('hex')}\t${parts.count}\n`;
    if (parts.stamps) yield `${parts.stamps}\n`;
    // Last: `index`, the key of its profiles' entries, the SHA-256 of its JSON, its JSON.
    const { index } = parts;
    if (index) yield `index\t${index.of}\t${sha256().update(index.json).digest('hex')}\t${index.json}\n`;
  }
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await pipeline(Readable.from(lines()), createWriteStream(temp));
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }); // a full disk must not leave half a cache behind
    throw error;
  }
}
