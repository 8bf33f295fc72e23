// The optional .env file: parsed like Node parses it, and always under the real environment.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeEnv, parseEnvText, readEnvFile } from '../../../src/config/read-env-file.js';

describe('.env support', () => {
  it('parses quotes and comments', () => {
    expect(parseEnvText('# comment\nPORT=8080\nPROFILES_DIR="/srv/my profiles" # where\n')).toEqual({
      PORT: '8080',
      PROFILES_DIR: '/srv/my profiles',
    });
  });

  it('lets the real environment win over the file, variable by variable', () => {
    expect(mergeEnv({ PORT: '9000', HOST: undefined }, { PORT: '8080', HOST: '127.0.0.1' })).toEqual({
      PORT: '9000',
      HOST: '127.0.0.1',
    });
  });

  it('reads a file and treats a missing one as empty', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pa-env-'));
    writeFileSync(join(dir, '.env'), 'LOG_LEVEL=debug\n');
    expect(await readEnvFile(join(dir, '.env'))).toEqual({ LOG_LEVEL: 'debug' });
    expect(await readEnvFile(join(dir, 'absent.env'))).toEqual({});
  });
});
