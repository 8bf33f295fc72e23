// Environment values that Number() would read as something else ("0x10" as port 16, "1e12" bytes) or
// that unbound what a profile may cost: refused at start-up with a message naming the variable.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/config.js';

const errorsFor = (env: Record<string, string>) => {
  const result = loadConfig(env);
  return result.ok ? [] : result.errors;
};

describe('numbers in the environment', () => {
  for (const [name, value] of [
    ['PORT', '0x10'],
    ['PORT', '1e3'],
    ['PROFILE_MAX_BYTES', '1e12'],
    ['RATE_LIMIT_USER_PER_MINUTE', '0b101'],
  ] as const) {
    it(`refuses ${name}=${value}: only decimal digits are a number here`, () => {
      expect(errorsFor({ [name]: value }).join('\n')).toContain(`${name}: expected`);
    });
  }

  it('refuses a PROFILE_MAX_BYTES over 16 MiB, saying the limit', () => {
    expect(errorsFor({ PROFILE_MAX_BYTES: '20000000' }).join('\n')).toContain('at most 16777216');
  });

  it('still takes plain decimal values, spaces around them included', () => {
    const result = loadConfig({
      PORT: ' 8080 ',
      PROFILE_MAX_BYTES: '16777216',
      RATE_LIMIT_USER_PER_MINUTE: '5',
    });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.config.http.port).toBe(8080);
    expect(result.config.maxProfileBytes).toBe(16777216);
  });
});
