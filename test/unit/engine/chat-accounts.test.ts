// Matching a chat account (a mention) to a profile: explicit first (a linked account id, a stated
// username), then the account's names read carefully; never someone else's profile.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contactAccountKeys } from '../../../src/engine/account-keys.js';
import type { ChatAccount } from '../../../src/engine/chat-account.js';
import { matchChatAccount } from '../../../src/engine/match-chat-account.js';
import { expectKind, loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

const TEAM = join(ROOT, 'test/fixtures/chat-accounts');
let team: TestEngine;
beforeAll(async () => {
  team = await loadTestEngine(TEAM);
});

function account(
  id: string,
  names: [ChatAccount['names'][number]['kind'], string][],
  platform: ChatAccount['platform'] = 'discord',
): ChatAccount {
  return {
    platform,
    id,
    mention: names[0]?.[1] ?? `user ${id}`,
    names: names.map(([kind, value]) => ({ kind, value })),
  };
}
const found = (a: ChatAccount) => {
  const match = matchChatAccount(team.index, a);
  return match.status === 'found' ? `${match.profile.name} by ${match.by}` : match.status;
};
const ask = (line: string, accounts: ChatAccount[]) =>
  team.engine.answer(team.engine.parse(line, { platform: 'discord', accounts }));

describe('the accounts a profile states', () => {
  it('reads Discord user links, ids and usernames, and Slack member pages, ids and usernames', () => {
    expect(
      contactAccountKeys({ kind: 'discord', value: 'https://discord.com/users/401122334455667788' }),
    ).toEqual(['discord:id:401122334455667788']);
    expect(
      contactAccountKeys({ kind: 'discord', value: 'https://discordapp.com/users/401122334455667788/' }),
    ).toEqual(['discord:id:401122334455667788']);
    expect(contactAccountKeys({ kind: 'discord', value: '@Priya.Codes' })).toEqual([
      'discord:user:priya.codes',
    ]);
    expect(contactAccountKeys({ kind: 'slack', value: 'https://acme.slack.com/team/U0ABCDEF1' })).toEqual([
      'slack:id:U0ABCDEF1',
    ]);
    expect(contactAccountKeys({ kind: 'slack', value: 'U0ABCDEF1' })).toEqual(['slack:id:U0ABCDEF1']);
    expect(contactAccountKeys({ kind: 'slack', value: 'keiko.w' })).toEqual(['slack:user:keiko.w']);
  });

  it('reads no account from a server invite, an old name#1234 tag or a workspace link', () => {
    expect(contactAccountKeys({ kind: 'discord', value: 'https://discord.gg/abcdef' })).toEqual([]);
    expect(contactAccountKeys({ kind: 'discord', value: 'raj#0019' })).toEqual([]);
    expect(
      contactAccountKeys({ kind: 'slack', value: 'https://join.slack.com/t/acme/shared_invite/zt-1' }),
    ).toEqual([]);
  });
});

describe('matching a mentioned account to a profile', () => {
  it('finds the profile linking the account id, whatever the member calls themselves', () => {
    expect(found(account('401122334455667788', [['display name', 'Nessa']]))).toBe(
      'Ines Okoro by account id',
    );
    expect(found(account('U0TOMAS01', [['display name', 'tb']], 'slack'))).toBe('Tomas Brandt by account id');
  });

  it('finds the profile stating the account username (front matter, JSON Resume)', () => {
    expect(
      found(
        account('7', [
          ['display name', 'P'],
          ['username', 'priya.codes'],
        ]),
      ),
    ).toBe('Priya Raman by account username');
    expect(
      found(
        account(
          'U0KW',
          [
            ['display name', 'kw'],
            ['username', 'keiko.w'],
          ],
          'slack',
        ),
      ),
    ).toBe('Keiko Ward by account username');
  });

  it('falls back on the names, saying which one matched', () => {
    expect(
      found(
        account('8', [
          ['server nickname', 'Mateo'],
          ['username', 'mruiz'],
        ]),
      ),
    ).toBe('Mateo Ruiz by server nickname');
    expect(
      found(
        account('9', [
          ['display name', 'Zed'],
          ['username', 'mateo_ruiz'],
        ]),
      ),
    ).toBe('Mateo Ruiz by username');
  });

  it('asks which one when the name fits two people, as for a typed name', () => {
    const match = matchChatAccount(team.index, account('10', [['display name', 'Sam']]));
    expect(match.status).toBe('ambiguous');
    if (match.status === 'ambiguous')
      expect(match.candidates.map((p) => p.name).sort()).toEqual(['Sam Achebe', 'Sam Lindqvist']);
  });

  it('never takes a near name for the member: "Dan" is not Dana', () => {
    expect(
      found(
        account('11', [
          ['display name', 'Dan'],
          ['username', 'dan99'],
        ]),
      ),
    ).toBe('not_found');
  });

  it('never gives a profile that links another account on the platform, even with the same name', () => {
    expect(found(account('12', [['display name', 'Dana Whitfield']]))).toBe('not_found');
    expect(found(account('509988776655443322', [['display name', 'whoever']]))).toBe(
      'Dana Whitfield by account id',
    );
  });
});

describe('answers about a mentioned person', () => {
  it('answers for the matched profile and says how it matched', () => {
    const reply = expectKind(
      ask('what does Nessa know?', [account('401122334455667788', [['display name', 'Nessa']])]),
      'skills',
    );
    expect(reply.person?.name).toBe('Ines Okoro');
    expect(reply.description).toContain(
      '@Nessa on Discord is Ines Okoro: matched by the account linked in their profile.',
    );
  });

  it('says why nobody was found, and how a profile can be found by its account', () => {
    const reply = expectKind(ask('/profile Dan', [account('11', [['display name', 'Dan']])]), 'not_found');
    expect(reply.title).toBe('No profile for @Dan');
    expect(reply.description).toContain('discord: 11');
  });

  it('leaves typed names alone when no mention stands for them', () => {
    const reply = expectKind(
      ask('/profile mateo', [account('401122334455667788', [['display name', 'Nessa']])]),
      'profile',
    );
    expect(reply.person?.name).toBe('Mateo Ruiz');
    expect(reply.description ?? '').not.toContain('matched by');
  });
});
