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
