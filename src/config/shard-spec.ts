// parseShardSpec: which Discord gateway shards this process runs, from `--shards`/`--shard-count` or
// DISCORD_SHARDS/DISCORD_SHARD_COUNT. Every shard runs inside this one process (one profile index).

/** Discord's count, a count of our own (all shards here), or a range of a larger total (several machines). */
export type ShardSpec = { mode: 'auto' } | { mode: 'fixed'; first: number; last: number; count: number };

export type ShardSpecResult = { ok: true; spec: ShardSpec | null } | { ok: false; problem: string };

/** How the two settings are called where they were read, so a problem names what the user typed. */
export interface ShardSettingNames {
  shards: string;
  count: string;
}

export const CLI_SHARD_NAMES: ShardSettingNames = { shards: '--shards', count: '--shard-count' };
export const ENV_SHARD_NAMES: ShardSettingNames = { shards: 'DISCORD_SHARDS', count: 'DISCORD_SHARD_COUNT' };

/** A bound on counts and ids: far above any real bot, low enough that a typo can't allocate millions. */
export const MAX_SHARD_COUNT = 10_000;
// Longest sane value is "9999-9999": anything longer is refused before a pattern looks at it.
const MAX_LENGTH = 16;

function wholeNumber(text: string): number | null {
  return /^\d{1,5}$/.test(text) ? Number(text) : null;
}

/** Pure; `undefined` means "not given". Ranges are inclusive ("0-7" is eight shards). */
export function parseShardSpec(
  shards: string | undefined,
  count: string | undefined,
  names: ShardSettingNames = CLI_SHARD_NAMES,
): ShardSpecResult {
  const example = `${names.shards} 0-7 ${names.count} 16`;
  if (shards === undefined && count === undefined) return { ok: true, spec: null };
  if (shards === undefined) {
    return {
      ok: false,
      problem: `${names.count} goes with a range of shard ids for this process, e.g. ${example}`,
    };
  }
  const value = shards.trim().slice(0, MAX_LENGTH + 1);
  if (value.length > MAX_LENGTH) return { ok: false, problem: `${names.shards} is too long` };
  const totalText = count?.trim();
  const total = totalText === undefined ? null : wholeNumber(totalText);
  if (totalText !== undefined && (total === null || total < 1 || total > MAX_SHARD_COUNT)) {
    return {
      ok: false,
      problem: `${names.count} expects the total number of shards across every process, 1 to ${MAX_SHARD_COUNT} (got "${totalText.slice(0, MAX_LENGTH)}")`,
    };
  }
  if (value === 'auto') {
    if (total !== null) {
      return {
        ok: false,
        problem: `${names.shards} auto asks Discord for the count: drop ${names.count}, or give a range, e.g. ${example}`,
      };
    }
    return { ok: true, spec: { mode: 'auto' } };
  }
  const single = wholeNumber(value);
  if (single !== null) {
    if (single < 1 || single > MAX_SHARD_COUNT) {
      return { ok: false, problem: `${names.shards} expects 1 to ${MAX_SHARD_COUNT} shards (got ${single})` };
    }
    if (total !== null) {
      return {
        ok: false,
        problem: `${names.shards} ${single} runs all ${single} shards here; to run part of a larger total give a range, e.g. ${example}`,
      };
    }
    return { ok: true, spec: { mode: 'fixed', first: 0, last: single - 1, count: single } };
  }
  const dash = value.indexOf('-');
  const first = dash > 0 ? wholeNumber(value.slice(0, dash)) : null;
  const last = dash > 0 ? wholeNumber(value.slice(dash + 1)) : null;
  if (first === null || last === null) {
    return {
      ok: false,
      problem: `${names.shards} expects "auto", a number of shards (e.g. 4) or a range of shard ids (e.g. ${example}); got "${value}"`,
    };
  }
  if (first > last) {
    return { ok: false, problem: `${names.shards} ${value}: the range must go up, e.g. ${last}-${first}` };
  }
  if (total === null) {
    return {
      ok: false,
      problem: `${names.shards} ${value} is a range of shard ids: say how many shards there are in all, e.g. ${example}`,
    };
  }
  if (last >= total) {
    return {
      ok: false,
      problem: `${names.shards} ${value} does not fit ${names.count} ${total}: shard ids run from 0 to ${total - 1}`,
    };
  }
  return { ok: true, spec: { mode: 'fixed', first, last, count: total } };
}

/** The shard ids a fixed spec runs here, in order. */
export function shardIds(spec: { first: number; last: number }): number[] {
  return Array.from({ length: spec.last - spec.first + 1 }, (_, i) => spec.first + i);
}
