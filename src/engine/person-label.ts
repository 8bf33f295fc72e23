// personLabel: how a person is named in lists, choices and "which one?" buttons ("name — headline").
import { passesForLatin } from '../text/look-alike-key.js';

/**
 * "Rajat Jog — Backend engineer", or the name alone when there is no headline. A name that could pass for
 * a Latin one but is not ("Аda" with a Cyrillic А) says so: two such choices would otherwise read the same.
 */
export function personLabel(person: { name: string; headline: string | null }): string {
  const scripts = passesForLatin(person.name);
  const name = scripts.length
    ? `${person.name} (written with ${scripts.join(' and ')} letters)`
    : person.name;
  return person.headline ? `${name} — ${person.headline}` : name;
}
