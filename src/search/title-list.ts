// Sections that list titles of other things (blog posts, talks, videos, repositories): a word in a
// post title is not evidence that its author knows the technology.
import type { Section } from '../profiles/model/profile.js';
import { foldText } from '../text/fold-text.js';

const TITLE_LISTS =
  /\b(?:blogs?|posts?|articles?|writings?|talks?|videos?|youtube|podcasts?|episodes?|repos|repositories|pinned|publications?|newsletters?|recent activity|latest|stats|readme stats|streams?)\b/;

// Titles repeat across profiles ("About", "Skills"): each distinct one is folded once. Bounded.
const seen = new Map<string, boolean>();

export function isTitleList(section: Pick<Section, 'title'>): boolean {
  let answer = seen.get(section.title);
  if (answer === undefined) {
    answer = TITLE_LISTS.test(foldText(section.title));
    if (seen.size >= 10_000) seen.clear();
    seen.set(section.title, answer);
  }
  return answer;
}
