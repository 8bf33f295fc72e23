// warmUp: a server answers a few made-up questions before it serves anyone, so that compiling the
// free-text rule table's patterns (about 0.3-0.4 s of CPU on first use, most of it for a question no
// rule reads) is paid at start-up instead of holding the event loop on the first real questions.
import type { Engine } from '../engine/engine.js';

/** Questions that walk the whole rule table (no rule reads "zzqx") and the readers after it. */
export const WARM_UP_QUESTIONS: readonly string[] = [
  'zzqx',
  'who knows zzqx',
  'quién sabe zzqx',
  'what does zzqx do',
  'who is based in zzqx',
  'who worked at zzqx',
  'how many people know zzqx',
  // A kind of technology reads each member's holders: the first such question costs the most.
  'who knows databases',
];

/** CPU-bound and synchronous: the milliseconds it took, for the start-up log. */
export function warmUp(engine: Engine): number {
  const start = performance.now();
  for (const line of WARM_UP_QUESTIONS) engine.answer(engine.parse(line, { platform: 'shell' }));
  return Math.round(performance.now() - start);
}
