// SIGTERM/SIGINT as a promise that long-running verbs await (graceful stop), without breaking
// Ctrl-C for verbs that never look at it.
//
// Design: Node's default signal behaviour (exit at once) is kept until a verb subscribes to the
// promise (`await io.stopSignal` or `.then`). Only then do we install handlers: the first signal
// resolves the promise (graceful stop), a second one forces the exit (130 for SIGINT, 143 for SIGTERM).
// Subscribing is detected through `then`, which `await` calls on a non-native thenable; that is why
// this is a small Promise-shaped object rather than a plain Promise (await bypasses a native
// promise's `then`).

type SignalName = 'SIGINT' | 'SIGTERM';
const EXIT_CODES: Record<SignalName, number> = { SIGINT: 130, SIGTERM: 143 };

export interface SignalProcess {
  on(event: SignalName, listener: () => void): unknown;
  exit(code: number): never;
  stderr: { write(text: string): unknown };
}

export function createStopSignal(proc: SignalProcess): Promise<string> {
  let resolveStop!: (signal: string) => void;
  const signalled = new Promise<string>((resolve) => {
    resolveStop = resolve;
  });
  let installed = false;
  const subscribe = () => {
    if (installed) return;
    installed = true;
    let received: SignalName | null = null;
    for (const name of ['SIGTERM', 'SIGINT'] as const) {
      proc.on(name, () => {
        if (received) {
          proc.stderr.write(`profile-assistant: second ${name}, exiting without waiting\n`);
          proc.exit(EXIT_CODES[name]);
        }
        received = name;
        resolveStop(name);
      });
    }
  };
  return {
    // biome-ignore lint/suspicious/noThenProperty: a Promise-shaped object on purpose (see above)
    then(onFulfilled, onRejected) {
      subscribe();
      return signalled.then(onFulfilled, onRejected);
    },
    catch(onRejected) {
      subscribe();
      return signalled.catch(onRejected);
    },
    finally(onFinally) {
      subscribe();
      return signalled.finally(onFinally);
    },
    [Symbol.toStringTag]: 'Promise',
  };
}
