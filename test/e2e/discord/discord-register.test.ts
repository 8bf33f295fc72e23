// `discord register` against the fake Discord: first run sends, second run sends nothing, dry runs never send.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run-cli.js';
import { APP_ID } from '../fakes/discord-objects.js';
import { FakeDiscord } from '../fakes/fake-discord.js';

const fake = new FakeDiscord();
beforeAll(() => fake.start());
afterAll(() => fake.stop());

async function register(args: string[], env: Record<string, string> = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  const code = await runCli(['discord', 'register', ...args], {
    stdin: new PassThrough(),
    stdout,
    stderr,
    cwd: process.cwd(),
    env: {
      DISCORD_TOKEN: 'fake-token',
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: fake.apiUrl,
      ...env,
    },
  });
  return { code, out, err };
}

const puts = () => fake.requests.filter((r) => r.method === 'PUT');

describe('discord register', () => {
  it('shows the diff on a dry run and sends nothing', async () => {
    const { code, out } = await register(['--dry-run']);
    expect(code).toBe(0);
    expect(out).toContain('+ /skills');
    expect(out).toContain('Dry run');
    expect(puts()).toHaveLength(0);
  });

  it('sends the commands when they differ, with the bot token', async () => {
    const { code, out } = await register([]);
    expect(code).toBe(0);
    expect(out).toContain('Sent.');
    expect(puts()).toHaveLength(1);
    expect(puts()[0]?.auth).toBe('Bot fake-token');
    expect((puts()[0]!.body as { name: string }[]).map((c) => c.name)).toContain('whoknows');
  });

  it('sends nothing when the registered commands are unchanged', async () => {
    const { code, out } = await register([]);
    expect(code).toBe(0);
    expect(out).toContain('up to date');
    expect(puts()).toHaveLength(1);
  });

  it('registers to one guild with --guild', async () => {
    await register(['--guild', '223456789012345678']);
    expect(puts().at(-1)?.path).toBe(`/applications/${APP_ID}/guilds/223456789012345678/commands`);
  });

  it('exits 1 naming the missing variables', async () => {
    const { code, err } = await register([], { DISCORD_TOKEN: '', DISCORD_APPLICATION_ID: '' });
    expect(code).toBe(1);
    expect(err).toContain('DISCORD_TOKEN and DISCORD_APPLICATION_ID');
  });

  it('exits 1 with Discord’s reason when Discord refuses', async () => {
    const { code, err } = await register([], {
      DISCORD_APPLICATION_ID: '999999999999999999',
      DISCORD_API_URL: `${fake.apiUrl}/nope`,
    });
    expect(code).toBe(1);
    expect(err).toContain('Unknown route');
  });
});
