// Shard settings: auto, a count, or a range of a larger total; every wrong combination says what to type.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/config.js';
import { ENV_SHARD_NAMES, parseShardSpec, shardIds } from '../../../src/config/shard-spec.js';

const problem = (shards: string | undefined, count?: string) => {
  const result = parseShardSpec(shards, count);
  if (result.ok) throw new Error(`expected a problem for ${shards} / ${count}`);
  return result.problem;
};

describe('parseShardSpec', () => {
  it('means no sharding when neither setting is given', () => {
    expect(parseShardSpec(undefined, undefined)).toEqual({ ok: true, spec: null });
  });

  it('reads auto, a count (all shards here) and an inclusive range of a total', () => {
    expect(parseShardSpec('auto', undefined)).toEqual({ ok: true, spec: { mode: 'auto' } });
    expect(parseShardSpec('4', undefined)).toEqual({
      ok: true,
      spec: { mode: 'fixed', first: 0, last: 3, count: 4 },
    });
    expect(parseShardSpec(' 2-3 ', '8')).toEqual({
      ok: true,
      spec: { mode: 'fixed', first: 2, last: 3, count: 8 },
    });
    expect(parseShardSpec('5-5', '6')).toEqual({
      ok: true,
      spec: { mode: 'fixed', first: 5, last: 5, count: 6 },
    });
  });

  it('keeps a range inside the total', () => {
    expect(problem('0-16', '16')).toBe(
      '--shards 0-16 does not fit --shard-count 16: shard ids run from 0 to 15',
    );
    expect(problem('16-16', '16')).toContain('shard ids run from 0 to 15');
    expect(parseShardSpec('15-15', '16').ok).toBe(true);
  });

  it('wants a total of at least one, and a range that goes up', () => {
    expect(problem('0-1', '0')).toContain(
      '--shard-count expects the total number of shards across every process, 1 to 10000 (got "0")',
    );
    expect(problem('0-1', 'lots')).toContain('(got "lots")');
    expect(problem('0-1', '20000')).toContain('1 to 10000');
    expect(problem('7-0', '16')).toBe('--shards 7-0: the range must go up, e.g. 0-7');
    expect(problem('0', undefined)).toBe('--shards expects 1 to 10000 shards (got 0)');
    expect(problem('10001', undefined)).toContain('(got 10001)');
  });

  it('says which setting is missing or does not belong', () => {
    expect(problem('0-7', undefined)).toBe(
      '--shards 0-7 is a range of shard ids: say how many shards there are in all, e.g. --shards 0-7 --shard-count 16',
    );
    expect(problem(undefined, '16')).toContain('--shard-count goes with a range of shard ids');
    expect(problem('4', '16')).toContain(
      '--shards 4 runs all 4 shards here; to run part of a larger total give a range',
    );
    expect(problem('auto', '16')).toContain('--shards auto asks Discord for the count');
  });

  it('refuses other text and overlong values without reading them', () => {
    for (const bad of ['many', '-3', '3-', '1-2-3', '0x10', '1.5', '']) {
      expect(problem(bad, '16')).toMatch(/^--shards /);
    }
    expect(problem(`${'1'.repeat(5000)}-2`, '16')).toBe('--shards is too long');
  });

  it('names the environment variables when it reads the environment', () => {
    const result = parseShardSpec('0-7', undefined, ENV_SHARD_NAMES);
    expect(result).toMatchObject({
      ok: false,
      problem: /^DISCORD_SHARDS 0-7 is a range.*DISCORD_SHARD_COUNT 16$/,
    });
  });

  it('lists the ids of a range, both ends included', () => {
    expect(shardIds({ first: 2, last: 5 })).toEqual([2, 3, 4, 5]);
    expect(shardIds({ first: 7, last: 7 })).toEqual([7]);
  });
});

describe('shard settings in the environment', () => {
  it('reads DISCORD_SHARDS and DISCORD_SHARD_COUNT into the Discord config', () => {
    const loaded = loadConfig({ DISCORD_TOKEN: 't', DISCORD_SHARDS: '8-15', DISCORD_SHARD_COUNT: '16' });
    expect(loaded.ok && loaded.config.discord.shards).toEqual({
      mode: 'fixed',
      first: 8,
      last: 15,
      count: 16,
    });
    const plain = loadConfig({ DISCORD_TOKEN: 't' });
    expect(plain.ok && plain.config.discord.shards).toBeNull();
  });

  it('reports a bad combination, and sharding without a gateway token', () => {
    expect(loadConfig({ DISCORD_TOKEN: 't', DISCORD_SHARDS: '2-9', DISCORD_SHARD_COUNT: '8' })).toEqual({
      ok: false,
      errors: ['DISCORD_SHARDS 2-9 does not fit DISCORD_SHARD_COUNT 8: shard ids run from 0 to 7'],
    });
    expect(loadConfig({ DISCORD_SHARDS: 'auto' })).toEqual({
      ok: false,
      errors: ['DISCORD_SHARDS: shards the Discord gateway bot; set DISCORD_TOKEN with it'],
    });
  });
});
