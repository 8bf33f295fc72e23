// Whether a profile's own text holds a name written in another script: how a name in Han or kana is found,
// which the search (reading words by how they start) misses inside a run ("目前在腾讯工作", "坐标深圳"), and
// how an employer's other names (네이버, Яндекс) are looked for without a search each.

import type { Profile } from '../profiles/model/profile.js';

/** Han and kana: scripts written without spaces, so a name sits inside a longer run of letters. */
export const HAN_OR_KANA = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
/** Scripts other than Latin that the name tables hold. */
export const OTHER_SCRIPT = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Cyrillic}]/u;
/** The same as plain ranges (Cyrillic, kana, Han, Hangul syllables), for a whole profile's text: 3× faster. */
const OTHER_SCRIPT_RANGES = /[\u0400-\u04ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/;

// Read when the index takes a profile (team-facts.ts), so a question about 腾讯 or 深圳 reads no text: most
// profiles have none of these scripts and are remembered as such (per profile object: a reload makes new ones).
const TEXT = new WeakMap<Profile, string | null>();

/** The headline and sections' text (lowercased) of a profile that writes another script; null for any other. */
export function otherScriptText(profile: Profile): string | null {
  let text = TEXT.get(profile);
  if (text === undefined) {
    // Tested text by text without copying: most profiles have none of these scripts.
    const other = (t: string) => OTHER_SCRIPT_RANGES.test(t);
    const found =
      other(profile.headline ?? '') || profile.sections.some((s) => other(s.text) || s.items.some(other));
    text = found
      ? [profile.headline ?? '', ...profile.sections.flatMap((s) => [s.text, ...s.items])]
          .join('\n')
          .toLowerCase()
      : null;
    TEXT.set(profile, text);
  }
  return text;
}

/** Whether the headline or a section's text or items hold the name (written in another script), any case. */
export const profileWrites = (profile: Profile, name: string): boolean =>
  otherScriptText(profile)?.includes(name.toLowerCase()) ?? false;
