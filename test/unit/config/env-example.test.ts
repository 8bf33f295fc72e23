// .env.example documents every variable the schema knows, and is itself a valid configuration.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/config.js';
import { EnvSchema } from '../../../src/config/env-schema.js';
import { parseEnvText } from '../../../src/config/read-env-file.js';

const example = parseEnvText(readFileSync(join(import.meta.dirname, '../../../.env.example'), 'utf8'));

describe('.env.example', () => {
  it('lists every configuration variable, and nothing else', () => {
    expect(Object.keys(example).sort()).toEqual(Object.keys(EnvSchema.shape).sort());
  });

  it('is a valid configuration as shipped (no platform turned on)', () => {
    const result = loadConfig(example);
    expect(result.ok).toBe(true);
  });
});
