// Whether a profile's own text holds some text as written: how a name in Han or kana is found, which the
// search (reading words by how they start) misses inside a run ("目前在腾讯工作", "坐标深圳").

import type { Profile } from '../profiles/model/profile.js';

/** Han and kana: scripts written without spaces, so a name sits inside a longer run of letters. */
export const HAN_OR_KANA = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;

/** Whether the headline or a section's text or items hold the text (a plain substring test). */
export const profileWrites = (profile: Profile, text: string): boolean =>
  (profile.headline ?? '').includes(text) ||
  profile.sections.some((s) => s.text.includes(text) || s.items.some((i) => i.includes(text)));
