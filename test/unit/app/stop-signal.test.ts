// Signals: default Ctrl-C behaviour until a verb subscribes; then graceful first, forced second.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createStopSignal } from '../../../src/stop-signal.js';

function fakeProcess() {
  const emitter = new EventEmitter();
  const exits: number[] = [];
  const errors: string[] = [];
  const proc = Object.assign(emitter, {
    exit: ((code: number) => {
      exits.push(code);
    }) as (code: number) => never,
    stderr: { write: (text: string) => errors.push(text) },
  });
  return { proc, exits, errors };
}

/** `await` subscribes to a thenable in a later microtask. */
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('createStopSignal', () => {
  it("installs no handlers (keeps Node's default exit on Ctrl-C) until a verb subscribes", () => {
    const { proc } = fakeProcess();
    const stop = createStopSignal(proc);
    const copy = { ...{ stopSignal: stop } };
    expect(copy.stopSignal).toBe(stop);
    expect(proc.listenerCount('SIGINT')).toBe(0);
    expect(proc.listenerCount('SIGTERM')).toBe(0);
  });

  it('resolves with the first signal once awaited', async () => {
    const { proc, exits } = fakeProcess();
    const stop = createStopSignal(proc);
    const waiting = (async () => await stop)();
    await tick();
    expect(proc.listenerCount('SIGTERM')).toBe(1);
    proc.emit('SIGTERM');
    expect(await waiting).toBe('SIGTERM');
    expect(exits).toEqual([]);
  });

  it('forces the exit on a second signal', async () => {
    const { proc, exits, errors } = fakeProcess();
    const stop = createStopSignal(proc);
    void Promise.race([stop, new Promise(() => {})]);
    await tick();
    proc.emit('SIGINT');
    expect(await stop).toBe('SIGINT');
    proc.emit('SIGINT');
    expect(exits).toEqual([130]);
    expect(errors).toEqual(['profile-assistant: second SIGINT, exiting without waiting\n']);
  });
});
