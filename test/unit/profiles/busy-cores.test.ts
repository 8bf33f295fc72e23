// busyElsewhere: the share of the cores other processes used while a folder was read, from CPU times.
import type { CpuInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { busyElsewhere, MIN_WINDOW_MS, openCpuWindow } from '../../../src/profiles/store/busy-cores.js';

/** CPU times as os.cpus() gives them: per core, [busy ms, idle ms]. */
const machine =
  (...cores: [number, number][]) =>
  () =>
    cores.map(
      ([busy, idle]): CpuInfo => ({
        model: 'test',
        speed: 0,
        times: { user: busy, nice: 0, sys: 0, idle, irq: 0 },
      }),
    );
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('busyElsewhere', () => {
  it('gives the share of all cores kept busy meanwhile (this process idle: sleeping)', async () => {
    const window = openCpuWindow(machine([1000, 5000], [2000, 4000]));
    await pause(MIN_WINDOW_MS + 10);
    // One core busy the whole while, the other idle: half of the machine.
    const share = busyElsewhere(window, machine([1100, 5000], [2000, 4100]));
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThanOrEqual(0.5);
  });

  it("leaves out this process's own CPU time", async () => {
    const ownMs = () => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1000;
    };
    const [started, ownBefore] = [performance.now(), ownMs()];
    const window = openCpuWindow(machine([0, 0], [0, 0]));
    while (performance.now() < started + MIN_WINDOW_MS + 20); // busy here, on whatever CPU time it gets
    const [elapsed, own] = [performance.now() - started, ownMs() - ownBefore];
    // The machine saw exactly this process's time as busy, and nothing else.
    const share = busyElsewhere(window, machine([own, elapsed - own], [0, elapsed]));
    expect(share).toBeLessThan(0.05);
  });

  it('cannot tell over too short a while, nor without CPU times', () => {
    const window = openCpuWindow(machine([0, 0], [0, 0]));
    expect(busyElsewhere(window, machine([50, 0], [0, 50]))).toBeUndefined();
    expect(openCpuWindow(() => [])).toBeNull();
    expect(busyElsewhere(null)).toBeUndefined();
  });
});
