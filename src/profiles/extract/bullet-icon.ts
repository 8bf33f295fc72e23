// isBulletIcon: a small icon without alt text that opens a list item whose own text is about something
// else ("- <img src=…/node.svg> `while(😴){ 💰++; }`"): the file name picks a picture for the bullet,
// it claims no skill. An icon beside its technology's name ("- <img src=…/react.svg> React") still does.
import type { ContentLine, ImageRef } from '../markdown/content-lines.js';
import { foldSkillKey } from '../vocabulary/skill-aliases.js';
import { findTechMentions } from './tech-mentions.js';

const HAS_WORD = /[\p{L}\p{N}]/u;

export function isBulletIcon(
  image: ImageRef,
  names: readonly string[],
  lines: readonly ContentLine[],
): boolean {
  if (image.alt.trim() || image.line === null) return false;
  const item = lines.find((l) => l.type === 'item' && l.line === image.line);
  if (!item || !HAS_WORD.test(item.text)) return false;
  const named = new Set(findTechMentions(item.text.slice(0, 300), true).map(foldSkillKey));
  return !names.some((n) => named.has(foldSkillKey(n)));
}
