// CONTACT_RULES: free-text rules for how to reach one person asked in German, Spanish, French and
// Portuguese, and "book a call with X". Part of the ordered table in intent-rules.ts.
import type { IntentRule } from './intent-rules.js';

const r = (source: string) => new RegExp(`^${source}$`);

/** Contact questions in German, Spanish, French and Portuguese, and "book a call with X". */
export const CONTACT_RULES: readonly IntentRule[] = [
  {
    command: 'contact',
    pattern: r(
      '(?:wie|wo) (?:erreiche ich|kann ich|kontaktiere ich|finde ich)(?: den| die)? (?<person>.+?)(?: erreichen| kontaktieren| finden)?',
    ),
  },
  {
    command: 'contact',
    pattern: r(
      '(?:c[oó]mo|d[oó]nde) (?:contacto|contactar|contacto con|puedo contactar|le escribo|escribo|localizo|encuentro|puedo hablar con|hablo con)(?: a| con)? (?<person>.+)',
    ),
  },
  { command: 'contact', pattern: r('comment (?:contacter|joindre|écrire à|ecrire a) (?<person>.+)') },
  {
    command: 'contact',
    pattern: r('como (?:eu )?(?:contato|contatar|falo com|encontro)(?: o| a)? (?<person>.+)'),
  },
  {
    command: 'contact',
    pattern: r(
      '(?:kontakt(?:daten|info)?|e-?mail(?:-?adresse)?|contacto|datos de contacto|correo|coordonnées|coordonnees|contato) (?:von|de|du|da|do) (?<person>.+)',
    ),
  },
  {
    command: 'contact',
    pattern: r(
      "(?:(?:how (?:do|can) i|can i|i want to|i'd like to|let me) )?(?:book|schedule|set up|arrange|get|have) (?:a |an )?(?:call|meeting|chat|1:1|one-on-one|1-on-1|slot|time|coffee chat|intro call|video call|zoom|meet) with (?<person>.+)",
    ),
  },
];
