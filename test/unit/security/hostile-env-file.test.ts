// The .env file in the working folder is read before anything else starts: a named pipe there (nobody
// writing) held the start forever, and a link to /dev/zero read until memory ran out. Only a regular file
// of a sane size is read; anything else stops the start with a message saying what the path is.
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ENV_FILE_BYTES, readEnvFile } from '../../../src/config/read-env-file.js';
import { canMakeFifo, makeFifo, releaseFifo } from '../profiles/fifo.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'env-file-'));
});
afterEach(() => {
  releaseFifo(join(dir, '.env'));
  rmSync(dir, { recursive: true, force: true });
});

describe('a hostile .env', () => {
  it.skipIf(!canMakeFifo)('refuses a named pipe at once instead of waiting for a writer', async () => {
    makeFifo(join(dir, '.env'));
    const started = Date.now();
    await expect(readEnvFile(join(dir, '.env'))).rejects.toThrow(/not a regular file/);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses a link to a device that never ends', async () => {
    symlinkSync('/dev/zero', join(dir, '.env'));
    await expect(readEnvFile(join(dir, '.env'))).rejects.toThrow(/not a regular file/);
  });

  it('refuses a file far larger than any configuration, saying the limit', async () => {
    writeFileSync(join(dir, '.env'), `A=${'x'.repeat(MAX_ENV_FILE_BYTES)}\n`);
    await expect(readEnvFile(join(dir, '.env'))).rejects.toThrow(/over the .* limit/);
  });

  it('still reads a normal file, and an absent one is no variables', async () => {
    writeFileSync(join(dir, '.env'), 'PORT=8080\n# note\n__proto__=x\n');
    expect(await readEnvFile(join(dir, '.env'))).toMatchObject({ PORT: '8080' });
    expect(await readEnvFile(join(dir, 'none'))).toEqual({});
  });
});
