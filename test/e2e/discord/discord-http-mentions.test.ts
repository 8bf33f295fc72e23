// HTTP interactions (no bot client): the Show profile user-menu entry answered privately from the member
// Discord resolves in the interaction, and a mention typed into a text option matched without a lookup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandInteraction, type DiscordHttpHarness, startDiscordHttp } from './http-harness.js';

let app: DiscordHttpHarness;
beforeAll(async () => {
  app = await startDiscordHttp();
});
afterAll(async () => {
  await app.close();
});

type Body = { type: number; data: { flags?: number; embeds?: { title: string; description?: string }[] } };
const MEMBER = '501000000000000001';

describe('Discord HTTP interactions: members given as accounts', () => {
  it('answers Show profile on a member privately, matched by their display name', async () => {
    const base = commandInteraction('Show profile');
    const interaction = {
      ...base,
      data: {
        id: '3',
        name: 'Show profile',
        type: 2,
        target_id: MEMBER,
        resolved: {
          users: { [MEMBER]: { id: MEMBER, username: 'rj_1999', global_name: 'Rajat Jog' } },
          members: { [MEMBER]: { nick: null } },
        },
      },
    };
    const res = await app.signed(interaction);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Body;
    expect(body.data.flags).toBe(64);
    expect(body.data.embeds?.[0]?.title).toBe('Rajat Jog');
    expect(body.data.embeds?.[0]?.description).toContain('matched by display name');
  });

  it('says nobody matched a text-option mention it cannot look up, never guessing a profile', async () => {
    const res = await app.signed(commandInteraction('skills', [{ name: 'person', value: `<@${MEMBER}>` }]));
    const body = (await res.json()) as Body;
    expect(body.data.embeds?.[0]?.title).toBe(`No profile for @user ${MEMBER}`);
    expect(body.data.embeds?.[0]?.description).toContain(
      'none links that account (and I could not learn their names)',
    );
  });
});
