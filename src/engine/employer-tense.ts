// Whether someone works at an employer now or did before, from an entry's dates or the words of the line
// that names it ("Ex-Meta", "💼 Working at Stripe", "Before that I spent four years at Oracle").
import type { Profile } from '../profiles/model/profile.js';
import { foldText } from '../text/fold-text.js';
import { UNSPACED_NAME } from './employer-names.js';

export type Tense = 'now' | 'before' | 'unknown';

/** "2021 – present", "since 2020", "seit 2019", "atual": an entry that has not ended. */
export const ONGOING =
  /\b(?:present|now|current(?:ly)?|today|ongoing|since|seit|depuis|desde|atual(?:mente)?|actual(?:idad)?|heute|aujourd hui|oggi|presente|attuale|nu|nyt|teraz)\b|[–—-]\s*$/;
/** Words of a sentence that put the job in the past. */
export const PAST =
  /\b(?:previously|formerly|former|ex|used to|was|were|spent|worked|interned|before|prior|until|alumn(?:us|a|i)|left|back in)\b/;
/** The same in scripts without spaces: "曾在腾讯工作", "元ヤフー", "働いていました", "일했습니다". */
export const PAST_CJK = /曾|以前|之前|过去|過去|工作过|待过|元|前職|いました|ていた|했|었/u;
/** And now: "目前在字节跳动", "現在", "현재", "일하고 있습니다", "働いています". */
const NOW_CJK = /目前|现在|現在|现任|現職|현재|재직 중|하고 있|ています/u;

/** Words saying a job is held now: "💼 Working at Stripe", "currently at", "I work for". */
const NOW_WORDS =
  /\b(?:currently|presently|now|working|work|works|employed|i m|i am|actualmente|atualmente|derzeit|actuellement)\b/;

/**
 * An entry without dates ("Ex-Meta", "💼 Working at Stripe", a headline "Engineer @ Microsoft"): before
 * when its words say so, now when they say so or it is the headline, otherwise unknown.
 */
export function undatedTense(profile: Profile, text: string, wanted: string): Tense {
  // Only the sentence that names the employer: "I'm … at Spotify. … I moved to Austin to join IBM."
  const sentence =
    text.split(/(?<=[.!?。])\s+/).find((s) => ` ${foldText(s)} `.includes(` ${wanted} `)) ?? text;
  const folded = foldText(sentence);
  const at = folded.indexOf(wanted);
  const lead = at > 0 ? folded.slice(0, at) : folded;
  if (PAST.test(lead) || (UNSPACED_NAME.test(wanted) && PAST_CJK.test(text))) return 'before';
  if (NOW_WORDS.test(lead) || (UNSPACED_NAME.test(wanted) && NOW_CJK.test(text))) return 'now';
  const headline = profile.headline ?? '';
  return headline && (headline.includes(text) || text.includes(headline)) ? 'now' : 'unknown';
}
