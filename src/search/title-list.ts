// Sections that list titles of other things (blog posts, talks, videos, repositories): a word in a
// post title is not evidence that its author knows the technology.
import type { Section } from '../profiles/profile.js';
import { foldText } from './fold-text.js';

const TITLE_LISTS =
  /\b(?:blogs?|posts?|articles?|writings?|talks?|videos?|youtube|podcasts?|episodes?|repos|repositories|pinned|publications?|newsletters?|recent activity|latest|stats|readme stats|streams?)\b/;

export function isTitleList(section: Pick<Section, 'title'>): boolean {
  return TITLE_LISTS.test(foldText(section.title));
}
