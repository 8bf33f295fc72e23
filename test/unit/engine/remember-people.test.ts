// rememberPeople: within one answer each person lookup runs once, and the rest of the index is untouched.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/create-engine.js';
import { rememberPeople } from '../../../src/engine/remember-people.js';
import { loadProfiles } from '../../../src/profiles/store/load-profiles.js';
import { createProfileIndex } from '../../../src/search/profile-index.js';
import type { ProfileIndex } from '../../../src/search/search-types.js';
import { SEEDS } from './load-test-engine.js';

async function countedIndex() {
  const { profiles } = await loadProfiles(SEEDS);
  const index = createProfileIndex(profiles);
  const asked: string[] = [];
  const counted: ProfileIndex = Object.create(index, {
    resolvePerson: {
      value: (query: string) => {
        asked.push(query);
        return index.resolvePerson(query);
      },
    },
  });
  return { index, counted, asked };
}

describe('rememberPeople', () => {
  it('looks the same text up once and gives the same resolution again', async () => {
    const { counted, asked } = await countedIndex();
    const view = rememberPeople(counted);
    const first = view.resolvePerson('rajdeep');
    expect(view.resolvePerson('rajdeep')).toBe(first);
    expect(view.resolvePerson('rajat')).not.toBe(first);
    expect(asked).toEqual(['rajdeep', 'rajat']);
  });

  it('answers everything else as the index does, its size included', async () => {
    const { index, counted } = await countedIndex();
    const view = rememberPeople(counted);
    expect(view.size).toBe(index.size);
    expect(view.all()).toEqual(index.all());
    expect(view.whoKnows('rust')).toEqual(index.whoKnows('rust'));
  });

  it('forgets between answers: a /skills answer resolves its name once, and the next answer again', async () => {
    const { counted, asked } = await countedIndex();
    const engine = createEngine({ index: () => counted, defaultProfile: null, contactEphemeral: true });
    const invocation = {
      platform: 'discord' as const,
      command: 'skills' as const,
      args: { person: 'rajdeep' },
    };
    expect(engine.answer(invocation).kind).toBe('skills');
    // The short name suggested in follow-ups ("/profile rajdeep") is the name asked: not looked up again.
    expect(asked).toEqual(['rajdeep']);
    engine.answer(invocation);
    expect(asked).toEqual(['rajdeep', 'rajdeep']);
  });
});
