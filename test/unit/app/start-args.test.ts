// `start` arguments: --shards and --shard-count, in both spellings, checked together.
import { describe, expect, it } from 'vitest';
import { parseStartArgs } from '../../../src/cli/start.js';

describe('start arguments', () => {
  it('reads --shards auto, --shards N, --shards=N and a range with --shard-count', () => {
    expect(parseStartArgs([])).toEqual({ ok: true, shards: null });
    expect(parseStartArgs(['--shards', 'auto'])).toEqual({ ok: true, shards: { mode: 'auto' } });
    expect(parseStartArgs(['--shards=4'])).toEqual({
      ok: true,
      shards: { mode: 'fixed', first: 0, last: 3, count: 4 },
    });
    expect(parseStartArgs(['--shards', '0-7', '--shard-count=16'])).toEqual({
      ok: true,
      shards: { mode: 'fixed', first: 0, last: 7, count: 16 },
    });
    expect(parseStartArgs(['--shard-count', '16', '--shards', '8-15'])).toEqual({
      ok: true,
      shards: { mode: 'fixed', first: 8, last: 15, count: 16 },
    });
  });

  it('refuses unknown arguments, missing values and repeats with a clear problem', () => {
    expect(parseStartArgs(['--verbose'])).toEqual({ ok: false, problem: 'unknown argument "--verbose"' });
    expect(parseStartArgs(['--shards'])).toEqual({ ok: false, problem: '--shards needs a value' });
    expect(parseStartArgs(['--shards', '--shard-count', '4'])).toEqual({
      ok: false,
      problem: '--shards needs a value',
    });
    expect(parseStartArgs(['--shards', '2', '--shards', '3'])).toEqual({
      ok: false,
      problem: '--shards is given twice',
    });
  });

  it('passes shard problems through, naming the command-line options', () => {
    const result = parseStartArgs(['--shards', '0-16', '--shard-count', '16']);
    expect(result).toEqual({
      ok: false,
      problem: '--shards 0-16 does not fit --shard-count 16: shard ids run from 0 to 15',
    });
    expect(parseStartArgs(['--shard-count', '16'])).toMatchObject({
      ok: false,
      problem: /^--shard-count goes with a range/,
    });
  });
});
