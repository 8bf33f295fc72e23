// cpuBudget: the CPUs this process may keep busy: os.availableParallelism() (which counts the machine's
// cores and the affinity mask but not a container's CPU quota) capped by the cgroup's quota.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

export const CGROUP_ROOT = '/sys/fs/cgroup';

/** The start of a small kernel file, or undefined when it cannot be read (no cgroup, no permission). */
function readSmall(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').slice(0, 200).trim();
  } catch {
    return undefined;
  }
}

/** quota / period as whole CPUs (a fraction rounds down, at least 1); undefined for no limit or nonsense. */
function cpusOf(quota: number, period: number): number | undefined {
  if (!Number.isFinite(quota) || !Number.isFinite(period) || quota <= 0 || period <= 0) return undefined;
  return Math.max(1, Math.floor(quota / period));
}

/**
 * The CPU limit a cgroup puts on this process: v2 `cpu.max` ("max 100000" is none, "200000 100000" is
 * 2), else v1 `cpu.cfs_quota_us` / `cpu.cfs_period_us` (a quota of -1 is none). Undefined when unlimited.
 */
export function cgroupCpuLimit(root = CGROUP_ROOT): number | undefined {
  const max = readSmall(join(root, 'cpu.max'));
  if (max !== undefined) {
    const [quota = '', period = '100000'] = max.split(' ').filter(Boolean);
    return quota === 'max' ? undefined : cpusOf(Number(quota), Number(period));
  }
  for (const dir of ['cpu', 'cpu,cpuacct', '.']) {
    const quota = readSmall(join(root, dir, 'cpu.cfs_quota_us'));
    const period = readSmall(join(root, dir, 'cpu.cfs_period_us'));
    if (quota !== undefined && period !== undefined) return cpusOf(Number(quota), Number(period));
  }
  return undefined;
}

/** availableParallelism() capped by the cgroup CPU quota; never below 1. */
export function cpuBudget(options: { root?: string; cores?: number } = {}): number {
  const cores = options.cores ?? availableParallelism();
  const limit = cgroupCpuLimit(options.root);
  return Math.max(1, Math.min(cores, limit ?? cores));
}
