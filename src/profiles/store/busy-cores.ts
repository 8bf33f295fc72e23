// busyElsewhere: the share of the machine's CPU time other processes took while this one read a folder,
// from the CPU times os.cpus() reports: whether parse workers would find a free core now. The one-minute
// load average answers a minute late: after a few runs in a row (a script, a benchmark) it still counts
// the last one, and on two cores it hid the idle one from every next run.
import { cpus } from 'node:os';

export interface CpuWindow {
  at: number;
  /** Summed over all cores, ms (as os.cpus() counts). */
  idle: number;
  total: number;
  /** This process's CPU time (all its threads), µs. */
  own: number;
}

interface Sample {
  idle: number;
  total: number;
}

function sample(read: () => ReturnType<typeof cpus>): Sample | null {
  try {
    const all = read();
    let idle = 0;
    let total = 0;
    for (const { times } of all) {
      idle += times.idle;
      total += times.user + times.nice + times.sys + times.idle + times.irq;
    }
    return all.length > 0 ? { idle, total } : null;
  } catch {
    return null; // a system that will not tell
  }
}

const ownMicros = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

/** Starts a measuring window (null where the system gives no CPU times). */
export function openCpuWindow(read = cpus): CpuWindow | null {
  const now = sample(read);
  return now && { at: performance.now(), idle: now.idle, total: now.total, own: ownMicros() };
}

/** The shortest window worth reading: the kernel counts CPU time in 10 ms ticks. */
export const MIN_WINDOW_MS = 40;

/**
 * The share (0 to 1) of all cores' time that everything but this process kept busy since `window` opened;
 * undefined when the window was too short to tell (or the system gives no CPU times). In a container
 * these are the host's cores: its share of them stands for that of the container's.
 */
export function busyElsewhere(window: CpuWindow | null, read = cpus): number | undefined {
  const now = window && sample(read);
  if (!window || !now) return undefined;
  const total = now.total - window.total;
  if (performance.now() - window.at < MIN_WINDOW_MS || total <= 0) return undefined;
  const busy = total - (now.idle - window.idle) - (ownMicros() - window.own) / 1000;
  return Math.min(1, Math.max(0, busy / total));
}
