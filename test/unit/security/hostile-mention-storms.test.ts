// Mention storms and accounts many profiles link (eighth red team): a question naming a hundred members
// looks up a handful over REST (Discord rate-limits the bot) and pings no one, and the index of linked
// chat accounts is built in time linear in the profiles, however many of them link one account.
import { describe, expect, it } from 'vitest';
import { accountHolders } from '../../../src/engine/account-keys.js';
import { MAX_ACCOUNTS } from '../../../src/engine/chat-account.js';
import { withMentionedArgs } from '../../../src/platforms/discord/interaction-accounts.js';
import type { Interaction } from '../../../src/platforms/discord/interaction-schema.js';
import type { DiscordUserInfo } from '../../../src/platforms/discord/mentioned-accounts.js';
import { withDiscordAccounts } from '../../../src/platforms/discord/mentioned-accounts.js';
import type { Profile } from '../../../src/profiles/model/profile.js';
import { cpuTimed } from './cpu-time.js';

const ids = (count: number) =>
  Array.from({ length: count }, (_, i) => String(200000000000000000n + BigInt(i)));
const storm = (count: number) =>
  ids(count)
    .map((id) => `<@${id}>`)
    .join(' ');

describe('a question mentioning a hundred Discord members', () => {
  it('looks up at most MAX_ACCOUNTS of them, once, for a slash command option', async () => {
    const asked: string[][] = [];
    const lookUp = async (wanted: readonly string[]) => {
      asked.push([...wanted]);
      return new Map<string, DiscordUserInfo>(wanted.map((id) => [id, { id, username: `u${id.slice(-3)}` }]));
    };
    const interaction = { type: 2, id: '1', token: 't', data: { name: 'profile' } } as unknown as Interaction;
    const invocation = await withMentionedArgs(
      { platform: 'discord', command: 'profile', args: { person: storm(100) } },
      interaction,
      lookUp,
    );
    expect(asked).toHaveLength(1);
    expect(asked[0]!.length).toBeLessThanOrEqual(MAX_ACCOUNTS);
    expect(invocation.accounts!.length).toBeLessThanOrEqual(MAX_ACCOUNTS);
  });

  it('makes at most MAX_ACCOUNTS accounts of a message, the rest left as text', () => {
    const { accounts } = withDiscordAccounts(`who knows rust ${storm(100)}`, new Map());
    expect(accounts).toHaveLength(MAX_ACCOUNTS);
  });
});

describe('the index of linked chat accounts', () => {
  const linking = (count: number) =>
    Array.from(
      { length: count },
      (_, i) =>
        ({
          id: `p${i}`,
          contacts: [1, 2, 3].map(() => ({ kind: 'discord', value: '100000000000000000' })),
        }) as unknown as Profile,
    );

  it('lists each profile once, in order, however often it links the account', () => {
    const everyone = linking(3);
    const holders = accountHolders({ all: () => everyone }).holders('discord:id:100000000000000000');
    expect(holders.map((p) => p.id)).toEqual(['p0', 'p1', 'p2']);
  });

  it('is built for 20,000 profiles linking one account within 200 ms of CPU (it took 0.5 s)', () => {
    const everyone = linking(20_000);
    const { value, ms } = cpuTimed(() => accountHolders({ all: () => everyone }));
    expect(value.holders('discord:id:100000000000000000')).toHaveLength(20_000);
    expect(ms).toBeLessThan(200);
  });
});
