// Test helper: the CPU time one call costs, in milliseconds. CPU time, not wall time, so that a busy
// machine (CI, parallel test files) does not turn waiting for a core into a failed time budget.
export function cpuTimed<T>(run: () => T): { value: T; ms: number } {
  const before = process.cpuUsage();
  const value = run();
  const spent = process.cpuUsage(before);
  return { value, ms: (spent.user + spent.system) / 1000 };
}
