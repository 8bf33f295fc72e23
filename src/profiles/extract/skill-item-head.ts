// skillItemHead: the skill a one-item line of a skills list opens with, when the rest is decoration or a
// note: "🦀 Rust" (an emoji bullet), "Blender for low-poly models", "Rust – most of my work".
import { isKnownSkill } from '../vocabulary/skill-aliases.js';

// Symbols, emoji and punctuation before the first letter or digit (one class: linear).
const LEADING_SYMBOLS = /^[^\p{L}\p{N}]+/u;
// The words of a name, then a note that says what it is for: " for …", " – …", " — …", " - …".
const NOTE_AFTER = /^(\S+(?: \S+){0,2}?) (?:for|[-–—]) \S/;

/** The known skill the item names before a note, or null when it names none that way. */
export function skillItemHead(item: string): string | null {
  const text = item.slice(0, 200).replace(LEADING_SYMBOLS, '');
  if (!text) return null;
  if (text !== item && isKnownSkill(text)) return text;
  const head = NOTE_AFTER.exec(text)?.[1];
  return head !== undefined && isKnownSkill(head) ? head : null;
}
