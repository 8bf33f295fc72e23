import { describe, expect, it } from 'vitest';
import { prefixCommands as withCommandPrefix } from '../../../src/engine/command-prefix.js';

describe('withCommandPrefix', () => {
  it('prefixes every command a text names, wherever it stands', () => {
    expect(withCommandPrefix('Try: /skills rajat · /contact rajat', 'pa-')).toBe(
      'Try: /pa-skills rajat · /pa-contact rajat',
    );
    expect(withCommandPrefix('/help (or /whoknows rust)', 'pa-')).toBe('/pa-help (or /pa-whoknows rust)');
  });

  it('leaves URLs, other words and an empty prefix alone', () => {
    expect(withCommandPrefix('https://example.com/skills and /skillset', 'pa-')).toBe(
      'https://example.com/skills and /skillset',
    );
    expect(withCommandPrefix('/skills rajat', '')).toBe('/skills rajat');
  });
});
