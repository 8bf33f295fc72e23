// A person named in full in another order or with a middle name ("nguyen thi mai" for Mai Nguyen,
// "priya k raghunathan"): read only when the name did not resolve otherwise.
import type { Profile } from '../profiles/model/profile.js';
import { foldText } from '../text/fold-text.js';

/**
 * The one listed candidate every word of whose name (two words or more) the asked words hold in any
 * order, with at most one word more between them (a middle name: "thi", "k"; a word after the name is
 * something else: "sipho dlamini python"); null when no one or several do.
 */
export function wholeNameIn(
  asked: readonly string[],
  candidates: readonly (readonly [string, number])[],
  get: (id: string) => Profile | undefined,
): Profile | null {
  if (asked.length < 2 || asked.length > 4) return null;
  const whole = candidates.flatMap(([id]) => {
    const p = get(id);
    const own = new Set(
      foldText(p?.name ?? '')
        .split(' ')
        .filter(Boolean),
    );
    const extra = asked.filter((w) => !own.has(w));
    const inside = extra.length === 0 || (extra.length === 1 && own.has(asked[0]!) && own.has(asked.at(-1)!));
    const fits = own.size >= 2 && inside && asked.length - extra.length === own.size;
    return p?.listed && fits ? [p] : [];
  });
  return whole.length === 1 ? whole[0]! : null;
}
