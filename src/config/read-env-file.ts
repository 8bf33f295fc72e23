// The optional `.env` file: read by the process entry (never at import time) and merged UNDER the
// real environment, so a variable set in the shell or the orchestrator always wins.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { parseEnv } from 'node:util';

export type Env = Readonly<Record<string, string | undefined>>;

/** Far more than any configuration: a larger file is a mistake (a log, a dump), not settings. */
export const MAX_ENV_FILE_BYTES = 1024 * 1024;

/**
 * Variables from the file at `path`; an absent file is simply no variables. Only a regular file is read:
 * opened without blocking and checked first, since a named pipe with no writer would hold the start
 * forever and a link to a device (/dev/zero) would be read until memory ran out.
 */
export async function readEnvFile(path: string): Promise<Record<string, string>> {
  let text: string;
  try {
    const file = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const stats = await file.stat();
      if (!stats.isFile()) throw new Error('it is not a regular file');
      if (stats.size > MAX_ENV_FILE_BYTES)
        throw new Error(`it has ${stats.size} bytes, over the ${MAX_ENV_FILE_BYTES}-byte limit`);
      text = await file.readFile('utf8');
    } finally {
      await file.close();
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new Error(`cannot read ${path}: ${(error as Error).message}`);
  }
  return parseEnvText(text);
}

/** `KEY=value` lines as Node parses them (quotes and comments are handled by node:util). */
export function parseEnvText(text: string): Record<string, string> {
  const parsed = parseEnv(text);
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(parsed)) if (value !== undefined) out[key] = value;
  return out;
}

/** The real environment wins over the file, variable by variable. */
export function mergeEnv(real: Env, file: Env): Record<string, string | undefined> {
  const merged: Record<string, string | undefined> = { ...file };
  for (const [key, value] of Object.entries(real)) if (value !== undefined) merged[key] = value;
  return merged;
}
