// Help and usage examples come from the loaded folder, and Slack sees its command prefix.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prefixCommands, withCommandPrefix } from '../../../src/engine/command-prefix.js';
import { renderText } from '../../../src/render/text.js';
import { loadTestEngine, ROOT, SEEDS } from './load-test-engine.js';

describe('examples from the loaded folder', () => {
  it('names people, skills and sections of this team, not the seed people', async () => {
    const team = await loadTestEngine(join(ROOT, 'test/fixtures/team'));
    for (const line of ['/help', '/help whoknows', '/help section', '/contact', '/skills']) {
      const text = renderText(team.ask(line)).toLowerCase();
      expect(text).not.toContain('rajat');
      expect(text).not.toContain('rajdeep');
    }
    expect(renderText(team.ask('/help section'))).toContain('/section ana focus');
  });

  it('keeps the seed examples for the seed profiles', async () => {
    const seeds = await loadTestEngine(SEEDS);
    const text = renderText(seeds.ask('/help section'));
    expect(text).toContain('/section rajat values');
    expect(text).toContain('/section rajdeep focus');
  });
});

describe('SLACK_COMMAND_PREFIX', () => {
  it('prefixes commands the text names, and nothing inside a URL', () => {
    expect(prefixCommands('Try: /skills rajat · /profile x', 'pa-')).toBe(
      'Try: /pa-skills rajat · /pa-profile x',
    );
    expect(prefixCommands('https://example.org/search/people', 'pa-')).toBe(
      'https://example.org/search/people',
    );
  });

  it('prefixes help usage lines and suggestions', async () => {
    const seeds = await loadTestEngine(SEEDS);
    const text = renderText(withCommandPrefix(seeds.ask('/help'), 'pa-'));
    expect(text).toContain('/pa-whoknows <skill>');
    expect(text).not.toMatch(/(^|\s)\/whoknows/);
  });
});
