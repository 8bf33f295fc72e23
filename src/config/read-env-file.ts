// The optional `.env` file: read by the process entry (never at import time) and merged UNDER the
// real environment, so a variable set in the shell or the orchestrator always wins.
import { readFile } from 'node:fs/promises';
import { parseEnv } from 'node:util';

export type Env = Readonly<Record<string, string | undefined>>;

/** Variables from the file at `path`; an absent file is simply no variables. */
export async function readEnvFile(path: string): Promise<Record<string, string>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
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
