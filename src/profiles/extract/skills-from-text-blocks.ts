// skillsFromTextBlocks: technologies in plain text blocks of a README: the output of a command that names a
// skill list (`$ echo $STACK`), "Stack: Go · Rust" label lines, and the block's own prose lines.
import type { Code } from 'mdast';
import { lookupTechnology } from '../vocabulary/tech-vocabulary.js';
import { textBlockLines } from './code-block-text.js';
import { isSkillKey, KEY_VALUE, NOT_SKILL_KEY } from './skills-from-code.js';
import { findTechMentions } from './tech-mentions.js';

// A coding-time or language-share stats line (WakaTime in a ```txt block): "TypeScript 8 hrs 15 mins ███ 75.47 %".
const STATS_LINE = /\d\s?%|\b\d{1,4}\s?(?:hrs?|mins?|secs?|hours?|minutes?)\b|[█▓▒░■□]/u;

/** Known technologies in one line of shell output: "Go · Rust · Kubernetes", "python react fastapi". */
function listedTechs(line: string, add: (name: string) => void): void {
  for (const part of line.split(/\s*[·•,|;/+]\s*|\s{2,}/).slice(0, 60)) {
    const whole = lookupTechnology(part.trim());
    const techs = whole ? [whole] : part.split(/\s+/).map((w) => lookupTechnology(w));
    for (const tech of techs) if (tech && tech.kind !== 'platform') add(tech.name);
  }
}

/**
 * Technologies in text blocks: the output of a command that names a skill list (`$ echo $STACK`), and
 * those named in the block's own prose lines (a bio in a plain ``` block), never under a learning key.
 */
export function skillsFromTextBlocks(codes: readonly Code[]): { name: string; line: number | null }[] {
  const out: { name: string; line: number | null }[] = [];
  for (const code of codes) {
    const start = code.position?.start.line ?? null;
    for (const line of textBlockLines(code)) {
      const at = start === null ? null : start + 1 + line.offset;
      const add = (name: string) => out.push({ name, line: at });
      if (line.command || (line.key && NOT_SKILL_KEY.test(line.key)) || STATS_LINE.test(line.text)) continue;
      const pair = line.key ? null : KEY_VALUE.exec(line.text);
      // "Stack: Go · Rust · Kubernetes": a label line lists with any separator, not only commas.
      if (line.key && isSkillKey(line.key)) listedTechs(line.text, add);
      else if (pair) isSkillKey(pair[1]!.trim()) && listedTechs(pair[2] ?? '', add);
      else for (const name of findTechMentions(line.text)) add(name);
    }
  }
  return out;
}
