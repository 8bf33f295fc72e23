// Config: every bad variable is named with what a good value looks like; secrets never echoed whole.
import { describe, expect, it } from 'vitest';
import { configuredPlatforms, loadConfig } from '../../../src/config/config.js';
import { formatConfigErrors } from '../../../src/config/format-config-errors.js';

function errorsFor(env: Record<string, string>): string[] {
  const result = loadConfig(env);
  if (result.ok) throw new Error('expected the config to be rejected');
  return result.errors;
}

describe('loadConfig', () => {
  it('accepts an empty environment with the documented defaults', () => {
    const result = loadConfig({});
    expect(result.ok && result.config).toMatchObject({
      profilesDir: './profiles',
      defaultProfile: null,
      maxProfileBytes: 1048576,
      profilesCacheFile: null,
      parseTimeoutMs: 10000,
      startupBudgetMs: 20000,
      log: { level: 'info', format: 'json' },
      http: { host: '0.0.0.0', port: 3000 },
      rateLimit: { userPerMinute: 20, communityPerMinute: 300 },
      privacy: { contactEphemeral: true },
    });
  });

  it('names each bad variable and what a good value looks like', () => {
    expect(
      errorsFor({
        PORT: 'abc',
        LOG_LEVEL: 'loud',
        LOG_FORMAT: 'xml',
        DISCORD_API_URL: 'ftp://example.test',
        RATE_LIMIT_USER_PER_MINUTE: '1.5',
        CONTACT_EPHEMERAL: 'maybe',
      }),
    ).toEqual([
      'LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent (e.g. info) (got "loud")',
      'LOG_FORMAT: expected json (the default) or pretty (got "xml")',
      'PORT: expected a port number 0-65535, e.g. 3000 (got "abc")',
      'DISCORD_API_URL: expected an http(s) URL, e.g. https://discord.com/api (got "ftp://example.test")',
      'RATE_LIMIT_USER_PER_MINUTE: expected a whole number of requests, e.g. 20 (got "1.5")',
      'CONTACT_EPHEMERAL: expected true or false (got "maybe")',
    ]);
  });

  it('takes PROFILE_PARSE_TIMEOUT_MS in milliseconds, and names it when it is not a whole number up to 600000', () => {
    const result = loadConfig({ PROFILE_PARSE_TIMEOUT_MS: '2500' });
    expect(result.ok && result.config.parseTimeoutMs).toBe(2500);
    for (const bad of ['0', '2.5', '5s', '1e4', '600001'])
      expect(errorsFor({ PROFILE_PARSE_TIMEOUT_MS: bad })).toEqual([
        expect.stringMatching(
          /^PROFILE_PARSE_TIMEOUT_MS: expected a whole number of milliseconds, e\.g\. 10000(, at most 600000)? \(got "/,
        ),
      ]);
  });

  it('takes PROFILE_STARTUP_BUDGET_MS in milliseconds, and names it when it is not a whole number up to 600000', () => {
    const result = loadConfig({ PROFILE_STARTUP_BUDGET_MS: '5000' });
    expect(result.ok && result.config.startupBudgetMs).toBe(5000);
    for (const bad of ['0', '-1', '2.5', '20s', '1e4', 'Infinity', '600001'])
      expect(errorsFor({ PROFILE_STARTUP_BUDGET_MS: bad })).toEqual([
        expect.stringMatching(
          /^PROFILE_STARTUP_BUDGET_MS: expected a whole number of milliseconds, e\.g\. 20000(, at most 600000)? \(got "/,
        ),
      ]);
  });

  it('accepts HOST as an IPv4 or IPv6 address or a host name', () => {
    for (const host of [
      '0.0.0.0',
      '127.0.0.1',
      '::',
      '::1',
      'fe80::1',
      'localhost',
      'bot-1.internal.example.com',
    ]) {
      const result = loadConfig({ HOST: host });
      expect(result.ok && result.config.http.host).toBe(host);
    }
  });

  it('stops on a HOST that is neither an address nor a host name, naming HOST', () => {
    for (const host of [
      'http://0.0.0.0',
      '0.0.0.0:3000',
      '[::1]',
      '256.1.1.1',
      'bad_host',
      '-lead.example',
      'a..b',
      'x'.repeat(64),
    ]) {
      expect(errorsFor({ HOST: host })).toEqual([
        `HOST: expected an IP address or a host name to listen on, e.g. 0.0.0.0, :: or localhost (got ${JSON.stringify(host)})`,
      ]);
    }
  });

  it('rejects a malformed Discord public key without echoing a secret-looking value', () => {
    expect(errorsFor({ DISCORD_PUBLIC_KEY: 'not-hex' })).toEqual([
      'DISCORD_PUBLIC_KEY: expected 64 hex characters (General Information › Public Key) (got "***")',
    ]);
  });

  it('shows only the first characters and the length of a bad token', () => {
    const token = `oops-${'q'.repeat(40)}`;
    const [error] = errorsFor({ SLACK_BOT_TOKEN: token, SLACK_APP_TOKEN: 'xapp-1-abc' });
    expect(error).toBe('SLACK_BOT_TOKEN: expected a bot token starting with xoxb- (got "oops…(45 chars)")');
    expect(error).not.toContain(token);
  });

  it('asks for the second half of a Slack credential pair', () => {
    expect(errorsFor({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc' })).toEqual([
      'SLACK_BOT_TOKEN: set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode) with it',
    ]);
    expect(errorsFor({ SLACK_SIGNING_SECRET: 'abcdef0123456789' })).toEqual([
      'SLACK_BOT_TOKEN: required when SLACK_SIGNING_SECRET is set (a bot token starting with xoxb-)',
    ]);
  });

  it('treats blank variables as unset', () => {
    const result = loadConfig({ PORT: '', DISCORD_TOKEN: '  ', LOG_FORMAT: '' });
    expect(result.ok && result.config.http.port).toBe(3000);
    expect(result.ok && configuredPlatforms(result.config)).toEqual([]);
  });

  it('turns on the platforms whose credentials are set', () => {
    const result = loadConfig({
      DISCORD_TOKEN: 'made-up-token',
      DISCORD_PUBLIC_KEY: 'a'.repeat(64),
      SLACK_BOT_TOKEN: 'xoxb-1-2-abc',
      SLACK_SIGNING_SECRET: 'made-up-secret',
    });
    expect(result.ok && configuredPlatforms(result.config)).toEqual([
      'discord-gateway',
      'discord-http',
      'slack-http',
    ]);
  });
});

describe('formatConfigErrors', () => {
  it('prints one indented line per variable and points at .env.example', () => {
    expect(formatConfigErrors(['PORT: expected a port number 0-65535, e.g. 3000 (got "abc")'])).toBe(
      [
        'profile-assistant: invalid configuration, nothing was started:',
        '  PORT: expected a port number 0-65535, e.g. 3000 (got "abc")',
        'See .env.example for every variable and its format.',
      ].join('\n'),
    );
  });

  it('takes a redis:// or rediss:// REDIS_URL, names it when it is not one, and hides its password', () => {
    const ok = loadConfig({ REDIS_URL: 'rediss://:pw@cache.internal:6380/0' });
    expect(ok.ok && ok.config.redisUrl).toBe('rediss://:pw@cache.internal:6380/0');
    const none = loadConfig({});
    expect(none.ok && none.config.redisUrl).toBeNull();
    const [error] = errorsFor({ REDIS_URL: 'http://:hunter2@cache:6379' });
    expect(error).toMatch(/^REDIS_URL: expected a Redis URL, e\.g\. redis:\/\/redis:6379/);
    expect(error).not.toContain('hunter2');
    expect(errorsFor({ REDIS_URL: 'localhost:6379' })[0]).toMatch(/^REDIS_URL: /);
  });
});
