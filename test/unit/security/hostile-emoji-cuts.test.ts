// Every cut to a platform limit (a title, a field, a snippet, a choice) once fell wherever the count ran
// out: inside an emoji, leaving half of a surrogate pair, which is not Unicode (JSON carries it as
// "\ud83d"; an API that decodes it strictly refuses the whole message). Now no cut splits a character.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/create-engine.js';
import { parseProfile } from '../../../src/profiles/parse-profile.js';
import { renderDiscord } from '../../../src/render/discord.js';
import { chunkText, fitLabel } from '../../../src/render/limits.js';
import { renderSlack } from '../../../src/render/slack.js';
import { renderText } from '../../../src/render/text.js';
import { createProfileIndex } from '../../../src/search/profile-index.js';

const E = '😀';
/** No lone surrogate: with the u flag a pair is one code point, and only a half is in category Cs. */
const wellFormed = (text: string) => !/\p{Cs}/u.test(text);
/** Paths of strings in `value` that hold a lone surrogate. */
function broken(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return wellFormed(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => broken(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => broken(v, `${path}.${k}`));
  return [];
}

describe('cutting text that is all emoji', () => {
  // Odd offsets: "x" / "R" / "y" before the emoji put every limit in the middle of one.
  const text =
    `# Ada Lovelace\n\nx${E.repeat(3000)}\n\n## y${E.repeat(200)}\n\n${`z${E.repeat(700)} `.repeat(5)}\n\n` +
    `## Skills\n- R${E.repeat(120)}, Go\n\n## Notes\nI write R${E.repeat(400)} daily.\n\n## Experience\n- ${E.repeat(900)}\n`;
  const parsed = parseProfile(new TextEncoder().encode(text), 'ada.md');
  if (!parsed.ok) throw new Error(parsed.rejected.reason);
  const index = createProfileIndex([parsed.profile]);
  const engine = createEngine({ index: () => index, defaultProfile: null, contactEphemeral: false });

  for (const question of [
    '/profile ada',
    '/experience ada',
    '/section ada y',
    `/whoknows R${E}${E}`,
    `/search ${E}`,
  ]) {
    it(`never splits a character in the answer to ${question}, on any platform`, () => {
      const reply = engine.answer(engine.parse(question, { platform: 'discord' }));
      expect(broken(reply)).toEqual([]);
      expect(broken(renderDiscord(reply).payload)).toEqual([]);
      expect(broken(renderSlack(reply).payload)).toEqual([]);
      expect(wellFormed(renderText(reply))).toBe(true);
    });
  }

  it('never splits a character in an autocomplete choice or a too-long echo', () => {
    const choices = engine.autocomplete({
      command: 'section',
      option: 'section',
      value: 'y',
      args: { person: 'ada' },
    });
    expect(broken(choices)).toEqual([]);
    const echo = engine.answer(engine.parse(`/search x${E.repeat(100)}`, { platform: 'shell' }));
    expect(broken(echo)).toEqual([]);
  });

  it('keeps the cuts within their limits', () => {
    expect(fitLabel(`a${E.repeat(10)}`, 6)).toBe(`a${E.repeat(2)}…`);
    const chunks = chunkText(`a${E.repeat(10)}`, 6);
    expect(chunks.every((c) => c.length <= 6 && wellFormed(c))).toBe(true);
    expect(chunks.join('')).toBe(`a${E.repeat(10)}`);
  });

  it('ends and keeps every emoji whole when the limit is narrower than one emoji', () => {
    const chunks = chunkText(`${E}${E} ${E}`, 1);
    expect(chunks).toEqual([E, E, E]);
  });
});
