// `start` arguments and the per-shard HTTP port.
import { describe, expect, it } from 'vitest';
import { parseStartArgs, withShardPort } from '../../../src/cli/start.js';
import { loadConfig } from '../../../src/config/config.js';

describe('start arguments', () => {
  it('reads --shards auto, --shards N and --shards=N', () => {
    expect(parseStartArgs([])).toEqual({ ok: true, shards: null });
    expect(parseStartArgs(['--shards', 'auto'])).toEqual({ ok: true, shards: 'auto' });
    expect(parseStartArgs(['--shards=4'])).toEqual({ ok: true, shards: 4 });
  });

  it('refuses anything else with a hint', () => {
    expect(parseStartArgs(['--shards', '0'])).toEqual({
      ok: false,
      problem: '--shards expects "auto" or a whole number of shards, e.g. --shards 2',
    });
    expect(parseStartArgs(['--verbose'])).toEqual({ ok: false, problem: 'unknown argument "--verbose"' });
  });

  it('moves a shard child to PORT + its shard id, and leaves everyone else alone', () => {
    const loaded = loadConfig({ PORT: '3000' });
    if (!loaded.ok) throw new Error('config');
    expect(withShardPort(loaded.config, { SHARDING_MANAGER: 'true', SHARDS: '2' }).http.port).toBe(3002);
    expect(withShardPort(loaded.config, { SHARDS: '2' }).http.port).toBe(3000);
    expect(withShardPort(loaded.config, { SHARDING_MANAGER: 'true', SHARDS: '0' }).http.port).toBe(3000);
  });
});
