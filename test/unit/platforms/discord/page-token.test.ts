// Page tokens: short questions travel inline; long ones are stored, so any replica sharing the store
// can page them, and a stored value that is not a question is refused.
import { describe, expect, it } from 'vitest';
import { createPageTokens } from '../../../../src/platforms/discord/page-token.js';
import { createMemoryStore } from '../../../../src/state/memory-store.js';

const long = { command: 'search' as const, args: { query: 'queues '.repeat(30).trim() } };

describe('createPageTokens', () => {
  it('carries a short question inline, with no store needed', async () => {
    const id = createPageTokens().encode({ command: 'skills', args: { person: 'ada' } }, 2);
    expect(id).toBe('pa:p:2:skills:person=ada');
    expect(await createPageTokens().decode(id)).toEqual({
      question: { command: 'skills', args: { person: 'ada' } },
      page: 2,
    });
  });

  it('stores a long question so another instance sharing the store can page it', async () => {
    const store = createMemoryStore();
    const made = createPageTokens({ store });
    const id = made.encode(long, 1);
    expect(id.length).toBeLessThanOrEqual(100);
    await made.saved();
    expect(await createPageTokens({ store }).decode(id)).toEqual({ question: long, page: 1 });
    expect(await createPageTokens().decode(id)).toBeNull();
  });

  it('refuses a stored value that is not a question, and unknown commands', async () => {
    const store = createMemoryStore();
    await store.set('page:bad1', 'not json', 60_000);
    await store.set('page:bad2', '{"command":"rm","args":"x"}', 60_000);
    await store.set('page:odd', '{"command":"rm","args":{"query":"x","evil":"y"}}', 60_000);
    const tokens = createPageTokens({ store });
    expect(await tokens.decode('pa:k:0:bad1')).toBeNull();
    expect(await tokens.decode('pa:k:0:bad2')).toBeNull();
    expect(await tokens.decode('pa:k:0:odd')).toEqual({
      question: { args: { query: 'x' }, text: '' },
      page: 0,
    });
  });
});
