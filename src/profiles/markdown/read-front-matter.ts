// readFrontMatter: the leading `yaml` node of a tree → a key/value map, bounded so the YAML library
// never sees input it is slow on; anything unreadable is a warning and an empty map.
import type { Root } from 'mdast';
import { parse as parseYaml } from 'yaml';
import type { ParseWarning } from '../model/profile.js';
import { parseSimpleYaml } from './simple-yaml.js';

// The YAML parser checks each key against every other: 60,000 keys took 71 s. Real front matter is a few lines.
const MAX_FRONT_MATTER_CHARS = 8 * 1024;
// It also spends ~20 µs per level of `[`/`{` nesting (7 KB of `[.` took 100 ms); real front matter nests
// a level or two. Brackets inside quoted strings are counted too: such a file loses its front matter,
// with a warning, rather than the process a tenth of a second.
const MAX_FLOW_DEPTH = 16;

function flowDepthOver(text: string, limit: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > limit) return true;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth -= 1;
  }
  return false;
}

export function readFrontMatter(tree: Root, warnings: ParseWarning[]): Record<string, unknown> {
  const first = tree.children[0];
  if (first?.type !== 'yaml') return {};
  tree.children.shift();
  const line = first.position?.start.line ?? 1;
  if (first.value.length > MAX_FRONT_MATTER_CHARS) {
    warnings.push({
      code: 'front-matter-too-large',
      message: `front matter is over ${MAX_FRONT_MATTER_CHARS / 1024} KB (real ones are a few lines); ignored`,
      line,
    });
    return {};
  }
  if (flowDepthOver(first.value, MAX_FLOW_DEPTH)) {
    warnings.push({
      code: 'front-matter-too-deep',
      message: `front matter nests lists or maps over ${MAX_FLOW_DEPTH} levels deep (real ones nest one or two); ignored`,
      line,
    });
    return {};
  }
  try {
    const value: unknown = parseSimpleYaml(first.value) ?? parseYaml(first.value);
    if (value === null || value === undefined) return {};
    if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    warnings.push({
      code: 'front-matter-not-a-map',
      message: 'front matter is not a "key: value" map; ignored',
      line,
    });
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    warnings.push({
      code: 'front-matter-invalid',
      message: `front matter is not valid YAML (${why}); ignored`,
      line,
    });
  }
  return {};
}
