// A dispatch whose answers take `delay.ms`, or wait until `delay.gate` opens (a slow Redis, a busy
// process): for the 3-second rules.
import type { Dispatch } from '../../../src/platforms/platform.js';

export function slowDispatch(dispatch: Dispatch, delay: { ms: number; gate?: Promise<void> }): Dispatch {
  const wait = () => delay.gate ?? new Promise((resolve) => setTimeout(resolve, delay.ms));
  return {
    answer: async (invocation, meta) => {
      await wait();
      return dispatch.answer(invocation, meta);
    },
    ask: async (line, asker, meta) => {
      await wait();
      return dispatch.ask(line, asker, meta);
    },
    autocomplete: (request, asker, meta) => dispatch.autocomplete(request, asker, meta),
  };
}

/** Holds every answer until the returned function is called (then answers flow again). */
export function holdAnswers(delay: { gate?: Promise<void> }): () => void {
  let open = () => {};
  delay.gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  return () => {
    delete delay.gate;
    open();
  };
}
