// A dispatch whose answers take `delay.ms` (a slow Redis, a busy process): for the 3-second rules.
import type { Dispatch } from '../../../src/platforms/platform.js';

export function slowDispatch(dispatch: Dispatch, delay: { ms: number }): Dispatch {
  const wait = () => new Promise((resolve) => setTimeout(resolve, delay.ms));
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
