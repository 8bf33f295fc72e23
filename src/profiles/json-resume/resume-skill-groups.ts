// Hand-made JSON Resume skill groups read as the schema's `{ name, keywords }`: groups whose list and label
// have other names, and groups written as an object of named lists.
import { isObject, type Json } from './json-object.js';

/** Hand-made skill groups name their list and label otherwise (`{ "category": "Web", "names": [...] }`). */
const GROUP_LISTS = ['names', 'items', 'list', 'skills', 'technologies', 'tools', 'values'];
const GROUP_LABELS = ['category', 'title', 'label', 'group', 'type'];

/** A skill group's list and label under their other names, when the schema's `keywords` and `name` are absent. */
export function groupShape(item: Json, fixed: Json): void {
  const list = fixed.keywords === undefined ? GROUP_LISTS.find((k) => Array.isArray(item[k])) : undefined;
  if (!list) return;
  fixed.keywords = (item[list] as unknown[]).filter((x): x is string => typeof x === 'string');
  const label = fixed.name === undefined ? GROUP_LABELS.find((k) => typeof item[k] === 'string') : undefined;
  if (label) fixed.name = item[label];
}

/** A key written as code ("languagesAndRuntimes", "dev_ops") as a group label ("Languages and runtimes"). */
function keyLabel(key: string): string {
  const words = key
    .slice(0, 80)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * `"skills": { "frontend": ["React"], "tooling": ["Git"] }`: skill groups written as an object of named lists
 * (a common hand-made shape) are the schema's `[{ name, keywords }]`; anything else in it is left as it was.
 */
export function namedSkillGroups(skills: unknown): unknown {
  if (!isObject(skills)) return skills;
  const entries = Object.entries(skills);
  // Every value a list: one group written without its brackets (`{ "name": …, "keywords": [...] }`) is not this.
  const lists = entries.filter((entry): entry is [string, unknown[]] => Array.isArray(entry[1]));
  if (lists.length === 0 || lists.length !== entries.length) return skills;
  return lists.map(([key, list]) => ({
    name: keyLabel(key),
    keywords: list.filter((x): x is string => typeof x === 'string'),
  }));
}
