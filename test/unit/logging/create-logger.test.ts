// Logging: JSON lines, pretty on request, and configured secrets never reach a log line.
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { type Config, loadConfig } from '../../../src/config/config.js';
import { createLogger } from '../../../src/logging/create-logger.js';

function collector() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, stream };
}

function configWith(env: Record<string, string>): Config {
  const result = loadConfig(env);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.config;
}

// Made up at test time: these look like the real thing but open nothing.
const discordToken = `${randomBytes(18).toString('base64url')}.${randomBytes(4).toString('base64url')}.${randomBytes(20).toString('base64url')}`;
const slackToken = `xoxb-${randomBytes(24).toString('hex')}`;
const signingSecret = randomBytes(16).toString('hex');
const env = { DISCORD_TOKEN: discordToken, SLACK_BOT_TOKEN: slackToken, SLACK_SIGNING_SECRET: signingSecret };

describe('createLogger', () => {
  it('writes one JSON object per line with level, time and message', () => {
    const { lines, stream } = collector();
    createLogger(configWith({}), stream).info({ profiles: 2 }, 'ready');
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({ level: 30, msg: 'ready', profiles: 2, app: 'profile-assistant' });
    expect(typeof entry.time).toBe('string');
  });

  it('never writes a configured token or secret, in fields, messages, errors or child bindings', () => {
    const { lines, stream } = collector();
    const logger = createLogger(configWith(env), stream);
    logger.info({ token: discordToken, config: { botToken: slackToken } }, 'by path');
    logger.info({ nested: { deeper: { value: `Bearer ${slackToken}` } } }, 'by value, deep');
    logger.warn(`login with ${discordToken} failed`);
    logger.error(
      { err: new Error(`invalid token ${discordToken} (signing secret ${signingSecret})`) },
      'boom',
    );
    logger
      .child({ requestId: slackToken })
      .info({ headers: { authorization: `Bot ${discordToken}` } }, 'child');
    logger.info({ quoted: `"${signingSecret}"\n` }, 'escaped');
    expect(lines).toHaveLength(6);
    for (const line of lines) {
      for (const secret of [discordToken, slackToken, signingSecret]) expect(line).not.toContain(secret);
      expect(() => JSON.parse(line)).not.toThrow();
    }
    const error = JSON.parse(lines[3]!);
    expect(error.err.message).toBe('invalid token [redacted] (signing secret [redacted])');
    expect(error.err.stack).toContain('invalid token [redacted]');
    expect(JSON.parse(lines[0]!).token).toBe('[redacted]');
  });

  it('redacts secret-named fields even when their value is not a configured secret', () => {
    const { lines, stream } = collector();
    createLogger(configWith({}), stream).info({ req: { headers: { authorization: 'Bot something' } } }, 'x');
    expect(JSON.parse(lines[0]!).req.headers.authorization).toBe('[redacted]');
  });

  it('formats for humans with LOG_FORMAT=pretty and still scrubs secrets', () => {
    const { lines, stream } = collector();
    const logger = createLogger(configWith({ ...env, LOG_FORMAT: 'pretty' }), stream);
    logger.error({ err: new Error(`bad token ${discordToken}`) }, 'login failed');
    const text = lines.join('\n');
    expect(text).toContain('login failed');
    expect(text).toContain('bad token [redacted]');
    expect(text).not.toContain(discordToken);
    expect(() => JSON.parse(lines[0]!)).toThrow();
  });

  it('honours LOG_LEVEL', () => {
    const { lines, stream } = collector();
    const logger = createLogger(configWith({ LOG_LEVEL: 'warn' }), stream);
    logger.info('quiet');
    logger.warn('loud');
    expect(lines.map((l) => JSON.parse(l).msg)).toEqual(['loud']);
  });
});
