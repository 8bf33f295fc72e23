// Reading Slack's Retry-After header (seconds or an HTTP date) for response_url retries.
import { describe, expect, it } from 'vitest';
import { retryAfterMs } from '../../../../src/platforms/slack/post-to-response-url.js';

describe('retryAfterMs', () => {
  const now = Date.parse('2026-11-30T12:00:00Z');

  it('reads whole and fractional seconds', () => {
    expect(retryAfterMs('3', now)).toBe(3000);
    expect(retryAfterMs(' 0.5 ', now)).toBe(500);
    expect(retryAfterMs('0', now)).toBe(0);
  });

  it('reads an HTTP date as the time left until it, never negative', () => {
    expect(retryAfterMs('Mon, 30 Nov 2026 12:00:05 GMT', now)).toBe(5000);
    expect(retryAfterMs('Mon, 30 Nov 2026 11:00:00 GMT', now)).toBe(0);
  });

  it('ignores a missing, negative, unreadable or overlong header', () => {
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs('', now)).toBeUndefined();
    expect(retryAfterMs('-4', now)).toBeUndefined();
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs('9'.repeat(100), now)).toBeUndefined();
  });
});
