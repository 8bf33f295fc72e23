// judgeMention: whether a written name may stand for a technology in prose, and whether it needs a list
// or a cue word around it (findTechMentions in tech-mentions.ts applies the verdict).
import { isWellKnownSkill } from '../vocabulary/skill-aliases.js';
import type { Technology } from '../vocabulary/tech-vocabulary.js';
import { AMBIGUOUS, LOWERCASE_OK } from './tech-mention-words.js';

export interface Verdict {
  ok: boolean;
  needsContext: boolean;
  brandOnly: boolean;
  /** Written in capitals the name has not ("ARC" for Arc): only a cue word speaks for it, not a "/" or ",". */
  acronym?: boolean;
}

/** Whether `written` is the technology's name or one of its aliases, in any case. */
export function spells(tech: Technology, written: string): boolean {
  const lower = written.toLowerCase();
  return tech.name.toLowerCase() === lower || tech.aliases.some((a) => a.toLowerCase() === lower);
}

const HYPHENATED = /\p{L}-\p{L}/u;

function writtenForm(written: string): 'lower' | 'capital' | 'other' {
  if (written === written.toLowerCase()) return 'lower';
  return /^\p{Lu}\p{Ll}*$/u.test(written) ? 'capital' : 'other';
}

/** Whether a written name may stand for the technology, and whether it needs a list or cue around it. */
export function judgeMention(written: string, tech: Technology): Verdict {
  const lower = written.toLowerCase();
  const name = tech.name;
  if (tech.kind === 'platform') return { ok: false, needsContext: false, brandOnly: false };
  // ".NET" is written with its dot (or as an alias, "dotnet"): "Net/Sec Architect" names no .NET.
  if (name.startsWith('.') && !written.startsWith('.') && !spells(tech, written))
    return { ok: false, needsContext: false, brandOnly: false };
  if (written.length === 1)
    return { ok: written === 'C' || written === 'R', needsContext: true, brandOnly: false };
  // A brand only simple-icons knows (KDE, Iosevka) counts only next to a well-known technology in a list.
  if (!isWellKnownSkill(name)) {
    const shaped = writtenForm(written) !== 'lower';
    return { ok: shaped && !AMBIGUOUS.has(lower), needsContext: true, brandOnly: true };
  }
  const form = writtenForm(written);
  // ".rb", ".py", ".go": a file extension written as one names its language, in a list or after a cue.
  if (form === 'lower' && written.startsWith('.') && tech.kind === 'language')
    return { ok: true, needsContext: true, brandOnly: false };
  // An alias that is no word ("golang", "reactjs", "@golang" as a GitHub org) is not as ambiguous as its name.
  const ambiguous = AMBIGUOUS.has(lower) || (AMBIGUOUS.has(name.toLowerCase()) && !LOWERCASE_OK.has(lower));
  if (form === 'lower') {
    // "javascript", "postgresql" are no everyday words: names with inner capitals, digits or symbols, or listed.
    // So is a hyphenated name spelled in lowercase by its makers ("scikit-learn", "styled-components").
    const distinctive =
      /.[A-Z0-9+#.]/.test(name) ||
      /^[A-Z]{2,}$/.test(name) ||
      LOWERCASE_OK.has(lower) ||
      (name === lower && HYPHENATED.test(name));
    return { ok: !ambiguous && distinctive, needsContext: !LOWERCASE_OK.has(lower), brandOnly: false };
  }
  // "MMLU/HellaSwag/ARC": capitals where the name has none are an acronym unless a list or cue says otherwise.
  // An alias in capitals (GCP for Google Cloud) is how the technology is written.
  const acronym =
    written.length >= 3 &&
    written === written.toUpperCase() &&
    name !== name.toUpperCase() &&
    lower === name.toLowerCase();
  return { ok: true, needsContext: ambiguous || acronym, brandOnly: false, acronym };
}
