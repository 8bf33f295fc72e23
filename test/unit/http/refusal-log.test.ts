// createRefusalLog: one warning for the first refused request, then at most one summary per interval.
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRefusalLog } from '../../../src/platforms/http/refusal-log.js';

type Line = {
  level: number;
  msg: string;
  reason?: string;
  refused?: number;
  reasons?: Record<string, number>;
};
let lines: Line[];
const capture = () => pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });

beforeEach(() => {
  lines = [];
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('refusal log', () => {
  it('logs the first refusal at once with its reason', () => {
    createRefusalLog({ logger: capture(), what: 'slack request' }).refused('bad signature');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, reason: 'bad signature' });
    expect(lines[0]!.msg).toContain('slack request refused');
  });

  it('sums up a flood in one line per interval, with a count per reason', () => {
    const log = createRefusalLog({ logger: capture(), what: 'slack request', intervalMs: 10_000 });
    for (let i = 0; i < 1000; i++) log.refused(i % 4 === 0 ? 'timestamp too old' : 'bad signature');
    expect(lines).toHaveLength(1);
    vi.advanceTimersByTime(10_000);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatchObject({
      level: 40,
      refused: 999,
      reasons: { 'bad signature': 750, 'timestamp too old': 249 },
    });
    for (let i = 0; i < 1000; i++) log.refused('bad signature');
    vi.advanceTimersByTime(5_000);
    expect(lines).toHaveLength(2);
    vi.advanceTimersByTime(5_000);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatchObject({ refused: 1000 });
  });

  it('logs the next refusal at once again after a quiet interval', () => {
    const log = createRefusalLog({ logger: capture(), what: 'discord interaction', intervalMs: 10_000 });
    log.refused('bad signature');
    vi.advanceTimersByTime(10_000); // nothing to sum up: the window closes
    expect(lines).toHaveLength(1);
    log.refused('replayed');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatchObject({ reason: 'replayed' });
  });
});
