// Sharding plan: children run `start` from the real bin script; bad counts are refused before anything spawns.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shardPlan } from '../../../../src/platforms/discord/shard-manager.js';

describe('shardPlan', () => {
  it('runs the bin script with `start` in every shard', () => {
    const plan = shardPlan(2);
    expect(plan.shardArgs).toEqual(['start']);
    expect(plan.totalShards).toBe(2);
    expect(existsSync(plan.script)).toBe(true);
  });

  it('lets discord.js pick the count with auto', () => {
    expect(shardPlan('auto').totalShards).toBe('auto');
  });

  it('refuses zero, fractions and absurd counts', () => {
    expect(() => shardPlan(0)).toThrow(/whole number from 1/);
    expect(() => shardPlan(1.5)).toThrow(/whole number from 1/);
    expect(() => shardPlan(20_000)).toThrow(/whole number from 1/);
  });
});
