// A contact table of "| label | value |" rows is read like "Label: value" lines: ids for WeChat, Telegram,
// QQ and the like become contacts (and so private ones are hidden); a table of repositories whose names
// hold a service word ("telegram-sdk | 1k") names no account.
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/profiles/model/profile.js';
import { parseProfile } from '../../../src/profiles/parse-profile.js';

function parse(text: string, file = 'jane-wu.md'): Profile {
  const result = parseProfile(new TextEncoder().encode(text), file);
  if (!result.ok) throw new Error(result.rejected.reason);
  return result.profile;
}
const table = (rows: string) => `# Jane Wu\n\n## Contact\n\n| | |\n|---|---|\n${rows}\n\n## Skills\n- Go\n`;
const kinds = (p: Profile) => p.contacts.map((c) => `${c.kind} ${c.value}`);

describe('a key/value contact table', () => {
  it('gives the id of each labelled row as a contact', () => {
    const profile = parse(
      table(
        '| Email | jane@example.org |\n| WeChat | jane_wu88 |\n| Telegram | @janewu |\n| QQ | 12345678 |',
      ),
    );
    expect(kinds(profile)).toEqual(
      expect.arrayContaining([
        'email jane@example.org',
        'wechat jane_wu88',
        'telegram @janewu',
        'qq 12345678',
      ]),
    );
  });

  it('reads labels with decoration around them', () => {
    const profile = parse(table('| 💬 **WeChat** | jane_wu88 |\n| ✈️ Telegram: | @janewu |'));
    expect(kinds(profile)).toEqual(expect.arrayContaining(['wechat jane_wu88', 'telegram @janewu']));
  });

  it('names no account for a table of repositories named after a service', () => {
    const profile = parse(
      '# Jane Wu\n\n## Projects\n\n| repo | stars |\n|---|---|\n| telegram-sdk | 1k |\n| node-discord-bot | 2k |\n',
    );
    expect(profile.contacts.filter((c) => c.kind === 'telegram' || c.kind === 'discord')).toEqual([]);
  });

  it('hides a private id from the section text', () => {
    const profile = parse(`---\nvisibility:\n  contacts: private\n---\n${table('| WeChat | jane_wu88 |')}`);
    expect(JSON.stringify(profile.sections)).not.toContain('jane_wu88');
  });
});
