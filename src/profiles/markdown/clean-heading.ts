// cleanHeading: heading text without emoji, badges and decorative punctuation ("🛠 Core Stack:" → "Core Stack").
import { memoize } from '../model/memoize.js';

/** Emoji and their glue: pictographs, regional-indicator flags, skin tones, variation selectors, ZWJ, keycaps. */
const EMOJI =
  /\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u{1F3FB}-\u{1F3FF}]|\uFE0E|\uFE0F|\u200D|\u20E3/gu;
const LEADING = /^[\s\-–—•·|:*~_=>#/\\,;!?.»«"'`]+/u;
const TRAILING = /(?<![\s\-–—•·|:*~_=<#/\\,;!?.»«"'`])[\s\-–—•·|:*~_=<#/\\,;!?.»«"'`]+$/u;

/** Removes emoji characters (keeps text and digits around them). */
export function stripEmoji(text: string): string {
  return text.replace(EMOJI, ' ');
}

function cleanHeadingUncached(text: string): string {
  let out = stripEmoji(text)
    .replace(/\(\s*\)|\[\s*\]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([,;:!?])/g, '$1')
    .trim();
  // ".NET" and "C#" keep their punctuation: only strip when it isn't part of a word.
  if (!/^\.[A-Za-z]/.test(out)) out = out.replace(LEADING, '');
  if (!/[A-Za-z][#+]$/.test(out)) out = out.replace(TRAILING, '');
  return out.trim();
}

/** Cached per spelling: the same headings recur across thousands of profiles. */
export const cleanHeading = memoize(cleanHeadingUncached);
