// cpuBudget: the CPUs this process may keep busy: os.availableParallelism() (which counts the machine's
// cores and the affinity mask but not a container's CPU quota) capped by the cgroup's quota.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

export const CGROUP_ROOT = '/sys/fs/cgroup';
const SELF_CGROUP = '/proc/self/cgroup';
/** Levels of cgroup nesting walked up from the process's own group (real hierarchies are a handful deep). */
const MAX_DEPTH = 32;

/** The start of a small kernel file, or undefined when it cannot be read (no cgroup, no permission). */
function readSmall(file: string, cap = 200): string | undefined {
  try {
    return readFileSync(file, 'utf8').slice(0, cap).trim();
  } catch {
    return undefined;
  }
}

/** quota / period as whole CPUs (a fraction rounds down, at least 1); undefined for no limit or nonsense. */
function cpusOf(quota: number, period: number): number | undefined {
  if (!Number.isFinite(quota) || !Number.isFinite(period) || quota <= 0 || period <= 0) return undefined;
  return Math.max(1, Math.floor(quota / period));
}

/** v2 `cpu.max` text as CPUs ("max 100000" is none, "200000 100000" is 2). */
function v2Limit(max: string | undefined): number | undefined {
  if (max === undefined) return undefined;
  const [quota = '', period = '100000'] = max.split(' ').filter(Boolean);
  return quota === 'max' ? undefined : cpusOf(Number(quota), Number(period));
}

/** v1 `cpu.cfs_quota_us` / `cpu.cfs_period_us` (a quota of -1 is none). */
function v1Limit(dir: string): number | undefined {
  const quota = readSmall(join(dir, 'cpu.cfs_quota_us'));
  const period = readSmall(join(dir, 'cpu.cfs_period_us'));
  return quota !== undefined && period !== undefined ? cpusOf(Number(quota), Number(period)) : undefined;
}

/**
 * The process's own group path per hierarchy, from /proc/self/cgroup ("0::/a/b" for v2, "4:cpu,cpuacct:/a"
 * for v1). A parent's quota also binds its children, so the limit is the smallest one from there up to
 * the root: inside a container the root is the container's own group, on a host it is the machine's.
 */
function ownPaths(self: string): { v2: string; v1: string } {
  let v2 = '/';
  let v1 = '/';
  for (const line of self.split('\n')) {
    const [id, controllers = '', path = '/'] = line.split(':', 3);
    if (id === '0' && controllers === '') v2 = path;
    else if (controllers.split(',').includes('cpu')) v1 = path;
  }
  return { v2, v1 };
}

/** Directories from root/path up to root, nearest first, bounded in depth; `..` is never followed. */
function upTo(root: string, path: string): string[] {
  const parts = path
    .split('/')
    .filter((p) => p && p !== '.' && p !== '..')
    .slice(0, MAX_DEPTH);
  const dirs: string[] = [];
  for (let n = parts.length; n >= 0; n--) dirs.push(join(root, ...parts.slice(0, n)));
  return dirs;
}

function smallest(limits: (number | undefined)[]): number | undefined {
  const set = limits.filter((n): n is number => n !== undefined);
  return set.length > 0 ? Math.min(...set) : undefined;
}

/**
 * The CPU limit cgroups put on this process: v2 `cpu.max`, else v1 cfs quota and period, on the process's
 * own group and every parent. Undefined when unlimited or unreadable.
 */
export function cgroupCpuLimit(
  root = CGROUP_ROOT,
  self = readSmall(SELF_CGROUP, 4000) ?? '',
): number | undefined {
  const paths = ownPaths(self);
  // Each cpu.max read once: any one present means cgroup v2, whose limits alone then count.
  const v2Max = upTo(root, paths.v2).map((dir) => readSmall(join(dir, 'cpu.max')));
  if (v2Max.some((max) => max !== undefined)) return smallest(v2Max.map(v2Limit));
  for (const mount of ['cpu', 'cpu,cpuacct', '.']) {
    const dirs = upTo(join(root, mount), paths.v1);
    const limit = smallest(dirs.map(v1Limit));
    if (limit !== undefined) return limit;
  }
  return undefined;
}

/** availableParallelism() capped by the cgroup CPU quota; never below 1. */
export function cpuBudget(options: { root?: string; cores?: number; self?: string } = {}): number {
  const cores = options.cores ?? availableParallelism();
  const limit = cgroupCpuLimit(options.root, options.self);
  return Math.max(1, Math.min(cores, limit ?? cores));
}
