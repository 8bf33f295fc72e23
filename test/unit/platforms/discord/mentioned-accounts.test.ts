// Discord mentions as accounts, and the "Show profile" user-menu entry in the registration payload.
import { describe, expect, it } from 'vitest';
import { COMMAND_SET } from '../../../../commands/index.js';
import {
  commandPayloads,
  diffCommands,
  wireForm,
} from '../../../../src/platforms/discord/command-payload.js';
import { withDiscordAccounts } from '../../../../src/platforms/discord/mentioned-accounts.js';

const A = '100000000000000001';
const B = '100000000000000002';
const BOT = '100000000000000009';

describe('Discord mentions as accounts', () => {
  it('replaces each mention by the member nickname, display name or username, and keeps the names', () => {
    const known = new Map([[A, { id: A, username: 'sam_a', globalName: 'Sam 🌊', nick: null }]]);
    const { text, accounts } = withDiscordAccounts(`what does <@${A}> know`, known);
    expect(text).toBe('what does Sam know');
    expect(accounts).toEqual([
      {
        platform: 'discord',
        id: A,
        mention: 'Sam',
        names: [
          { kind: 'display name', value: 'Sam 🌊' },
          { kind: 'username', value: 'sam_a' },
        ],
      },
    ]);
  });

  it('keeps two members reading alike apart, leaves out the bot, and keeps a mention nothing is known of', () => {
    const known = new Map([
      [A, { id: A, username: 'sam_a', globalName: 'Sam' }],
      [B, { id: B, username: 'sam_b', globalName: 'Sam' }],
    ]);
    const { text, accounts } = withDiscordAccounts(
      `<@${BOT}> <@${A}> or <@!${B}> or <@100000000000000003>`,
      known,
      BOT,
    );
    expect(text).toBe(`<@${BOT}> Sam or sam_b or user 100000000000000003`);
    expect(accounts.map((a) => a.id)).toEqual([A, B, '100000000000000003']);
  });
});

describe('the Show profile user-menu entry', () => {
  it('is registered as a user command (type 2) that runs /profile', () => {
    const menu = commandPayloads().find((c) => c.type === 2);
    expect(menu?.name).toBe('Show profile');
    expect(wireForm(menu!)).toEqual({ name: 'Show profile', type: 2, contexts: [0, 1] });
    expect(COMMAND_SET.byUserMenu('show profile')?.name).toBe('profile');
  });

  it('is told apart from a slash command of a similar name when diffing', () => {
    const wanted = commandPayloads();
    const diff = diffCommands(
      wanted.filter((c) => c.type !== 2),
      wanted,
    );
    expect(diff.added).toEqual(['Show profile (user menu)']);
  });
});
