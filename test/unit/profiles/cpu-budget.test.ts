// cpuBudget against temporary files standing for a container's cgroup files (v2 cpu.max, v1 cfs quota).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cgroupCpuLimit, cpuBudget } from '../../../src/profiles/store/cpu-budget.js';

const roots: string[] = [];
function cgroup(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'cgroup-'));
  roots.push(root);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('cpuBudget', () => {
  it('caps the cores by a cgroup v2 quota of two CPUs', () => {
    expect(cpuBudget({ root: cgroup({ 'cpu.max': '200000 100000\n' }), cores: 8 })).toBe(2);
  });

  it('keeps every core when cgroup v2 says max', () => {
    expect(cpuBudget({ root: cgroup({ 'cpu.max': 'max 100000\n' }), cores: 8 })).toBe(8);
  });

  it('rounds a fractional quota down but never below one CPU', () => {
    expect(cpuBudget({ root: cgroup({ 'cpu.max': '150000 100000' }), cores: 8 })).toBe(1);
    expect(cpuBudget({ root: cgroup({ 'cpu.max': '50000 100000' }), cores: 8 })).toBe(1);
  });

  it('never raises the cores above what the machine has', () => {
    expect(cpuBudget({ root: cgroup({ 'cpu.max': '1600000 100000' }), cores: 4 })).toBe(4);
  });

  it('reads a cgroup v1 quota and period, under cpu/ or cpu,cpuacct/', () => {
    const v1 = { 'cpu/cpu.cfs_quota_us': '300000\n', 'cpu/cpu.cfs_period_us': '100000\n' };
    expect(cpuBudget({ root: cgroup(v1), cores: 16 })).toBe(3);
    const joined = { 'cpu,cpuacct/cpu.cfs_quota_us': '100000', 'cpu,cpuacct/cpu.cfs_period_us': '50000' };
    expect(cpuBudget({ root: cgroup(joined), cores: 16 })).toBe(2);
  });

  it('keeps every core for a cgroup v1 quota of -1 (unlimited)', () => {
    const v1 = { 'cpu/cpu.cfs_quota_us': '-1', 'cpu/cpu.cfs_period_us': '100000' };
    expect(cpuBudget({ root: cgroup(v1), cores: 6 })).toBe(6);
  });

  it("takes the quota of the process's own cgroup v2 group, not only the root's", () => {
    const root = cgroup({ 'cpu.max': 'max 100000', 'kubepods/pod1/app/cpu.max': '200000 100000' });
    expect(cpuBudget({ root, cores: 8, self: '0::/kubepods/pod1/app\n' })).toBe(2);
  });

  it('lets a parent group quota bind its children, taking the smallest on the way up', () => {
    const root = cgroup({
      'cpu.max': 'max 100000',
      'slice/cpu.max': '300000 100000',
      'slice/job/cpu.max': 'max 100000',
    });
    expect(cpuBudget({ root, cores: 8, self: '0::/slice/job' })).toBe(3);
  });

  it("reads a cgroup v1 quota on the process's own group under the cpu hierarchy", () => {
    const v1 = {
      'cpu,cpuacct/cpu.cfs_quota_us': '-1',
      'cpu,cpuacct/cpu.cfs_period_us': '100000',
      'cpu,cpuacct/docker/abc/cpu.cfs_quota_us': '150000',
      'cpu,cpuacct/docker/abc/cpu.cfs_period_us': '50000',
    };
    expect(cpuBudget({ root: cgroup(v1), cores: 8, self: '4:cpu,cpuacct:/docker/abc\n1:memory:/x' })).toBe(3);
  });

  it('never climbs out of the cgroup root on a path with ..', () => {
    const root = cgroup({ 'cpu.max': 'max 100000' });
    expect(cpuBudget({ root, cores: 4, self: '0::/../../etc' })).toBe(4);
  });

  it('ignores missing or garbled cgroup files', () => {
    expect(cgroupCpuLimit(join(tmpdir(), 'no-such-cgroup-root'), '')).toBeUndefined();
    expect(cgroupCpuLimit(cgroup({ 'cpu.max': 'lots of cpu' }), '0::/')).toBeUndefined();
    expect(cgroupCpuLimit(cgroup({ 'cpu.max': '200000 0' }))).toBeUndefined();
    expect(cgroupCpuLimit(cgroup({ 'cpu.max': '' }))).toBeUndefined();
    expect(cpuBudget({ root: cgroup({ 'cpu.max': 'max' }), cores: 0 })).toBe(1);
  });
});
