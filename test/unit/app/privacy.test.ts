// Privacy, end to end through dispatch: private contacts never shown, unlisted people kept out of
// people/whoknows/search, contact answers ephemeral unless configured otherwise.
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../src/app/dispatch.js';
import { loadConfig } from '../../../src/config/config.js';
import { createEngine } from '../../../src/engine/create-engine.js';
import type { Invocation } from '../../../src/engine/invocation.js';
import type { Reply } from '../../../src/engine/reply.js';
import { createLogger } from '../../../src/logging/create-logger.js';
import type { Dispatch } from '../../../src/platforms/platform.js';
import type { Profile } from '../../../src/profiles/model/profile.js';
import { loadProfiles } from '../../../src/profiles/store/load-profiles.js';
import { renderText } from '../../../src/render/text.js';
import { createProfileIndex } from '../../../src/search/profile-index.js';

const dir = join(import.meta.dirname, '../../fixtures/ops/privacy');
let profiles: Profile[] = [];

beforeAll(async () => {
  const loaded = await loadProfiles(dir);
  expect(loaded.rejected).toEqual([]);
  profiles = loaded.profiles;
});

function dispatcher(env: Record<string, string> = {}): Dispatch {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env });
  if (!config.ok) throw new Error(config.errors.join('\n'));
  const index = createProfileIndex(profiles);
  const engine = createEngine({
    index: () => index,
    defaultProfile: null,
    contactEphemeral: config.config.privacy.contactEphemeral,
  });
  const sink = new Writable({ write: (_c, _e, done) => done() });
  return createDispatch({ engine, logger: createLogger(config.config, sink) });
}

const ask = (dispatch: Dispatch, command: Invocation['command'], args: Invocation['args']): Promise<Reply> =>
  dispatch.answer(
    { platform: 'discord', command, args, user: { id: 'asker' }, community: 'g' },
    { requestId: 'r' },
  );

/** Everything a user could see: the rendered text plus the structured data. */
const visible = (reply: Reply) => `${renderText(reply)}\n${JSON.stringify(reply)}`;

describe('privacy through dispatch', () => {
  it('never shows a contact kind the author marked private', async () => {
    const reply = await ask(dispatcher(), 'contact', { person: 'jane' });
    expect(reply.kind).toBe('contact');
    if (reply.kind !== 'contact') return;
    expect(reply.data.contacts.map((c) => c.kind)).toEqual(['github']);
    expect(reply.data.hiddenCount).toBe(2);
    expect(visible(reply)).not.toContain('jane.quiet@example.org');
    expect(visible(reply)).not.toContain('555 0100 222');
  });

  it('keeps private contacts out of the profile card too', async () => {
    const reply = await ask(dispatcher(), 'profile', { person: 'jane quiet' });
    expect(reply.kind).toBe('profile');
    expect(visible(reply)).not.toContain('jane.quiet@example.org');
    expect(visible(reply)).not.toContain('555 0100 222');
  });

  it('honours "contacts: private" as the default with per-kind exceptions', async () => {
    const reply = await ask(dispatcher(), 'contact', { person: 'omar' });
    if (reply.kind !== 'contact') throw new Error(`expected contact, got ${reply.kind}`);
    expect(reply.data.contacts.map((c) => c.value)).toEqual(['https://github.com/omaro']);
    expect(visible(reply)).not.toContain('omar.open@example.org');
    expect(visible(reply)).not.toContain('linkedin.com/in/omar-open');
  });

  it('answers contact ephemerally by default, and publicly when CONTACT_EPHEMERAL=false', async () => {
    expect((await ask(dispatcher(), 'contact', { person: 'omar' })).ephemeral).toBe(true);
    expect(
      (await ask(dispatcher({ CONTACT_EPHEMERAL: 'false' }), 'contact', { person: 'omar' })).ephemeral,
    ).toBe(false);
  });

  it('answers a contact section only to the asker too, unless CONTACT_EPHEMERAL=false', async () => {
    const asked = (env: Record<string, string> = {}) =>
      ask(dispatcher(env), 'section', { person: 'omar', section: 'contact' });
    expect(await asked()).toMatchObject({ kind: 'section', ephemeral: true });
    expect(await asked({ CONTACT_EPHEMERAL: 'false' })).toMatchObject({ kind: 'section', ephemeral: false });
    expect((await ask(dispatcher(), 'section', { person: 'omar', section: 'skills' })).ephemeral).toBe(false);
  });

  it('leaves an unlisted person out of people and whoknows', async () => {
    const dispatch = dispatcher();
    const people = await ask(dispatch, 'people', {});
    expect(visible(people)).toContain('Omar Open');
    expect(visible(people)).not.toContain('Jane Quiet');
    const whoknows = await ask(dispatch, 'whoknows', { skill: 'haskell' });
    if (whoknows.kind !== 'whoknows') throw new Error(`expected whoknows, got ${whoknows.kind}`);
    expect(whoknows.data.matches.map((m) => m.name)).toEqual(['Omar Open']);
    expect(visible(whoknows)).not.toContain('Jane');
  });

  it('leaves an unlisted person out of search across everyone', async () => {
    const reply = await ask(dispatcher(), 'search', { query: 'zygohistomorphic prepromorphism' });
    expect(visible(reply)).not.toContain('Jane Quiet');
  });

  it('still answers someone who asks for the unlisted person by name', async () => {
    const reply = await ask(dispatcher(), 'skills', { person: 'janeq' });
    expect(reply.kind).toBe('skills');
    expect(reply.person?.name).toBe('Jane Quiet');
  });
});
