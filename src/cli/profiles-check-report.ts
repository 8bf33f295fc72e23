// formatCheckReport: the human-readable `profiles check` report, coloured on a terminal, plain otherwise.

import type { Profile } from '../profiles/model/profile.js';
import type { LoadResult } from '../profiles/store/load-profiles.js';
import { oneLine } from '../text/one-line.js';
import { unreadSkillLines } from './profiles-check-unread.js';

type Paint = (text: string) => string;

function palette(color: boolean) {
  const code =
    (open: number, close: number): Paint =>
    (text) =>
      color ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return {
    bold: code(1, 22),
    dim: code(2, 22),
    red: code(31, 39),
    green: code(32, 39),
    yellow: code(33, 39),
  };
}

/** Titled sections whose heading matched no known kind (the name heading aside): what an author may rename. */
export function unknownSections(p: Profile): string[] {
  return p.sections
    .filter((s) => s.level > 0 && s.kind === 'other' && s.title !== p.name)
    .map((s) => s.title || s.rawTitle);
}

/** Skills grouped by category: "Backend & Data: Python, Django". */
function skillLines(profile: Profile): string[] {
  const groups = new Map<string, string[]>();
  for (const skill of profile.skills) {
    const key = skill.category ?? '';
    groups.set(key, [...(groups.get(key) ?? []), skill.name]);
  }
  return [...groups].map(([category, names]) =>
    category ? `${category}: ${names.join(', ')}` : names.join(', '),
  );
}

function profileBlock(p: Profile, c: ReturnType<typeof palette>): string[] {
  const label = (text: string) => c.dim(`${text}:`.padEnd(15));
  const lines = [
    `${c.green('✓')} ${c.bold(p.name)} ${c.dim(`(${p.id}, ${p.file})`)}${p.listed ? '' : c.yellow(' unlisted')}`,
  ];
  const add = (name: string, value: string | null | undefined) => {
    if (value) lines.push(`    ${label(name)}${value}`);
  };
  add('name from', p.nameSource === 'handle' ? c.yellow('no name stated; using the handle') : p.nameSource);
  add('headline', p.headline);
  add('handle', p.handle);
  add('aliases', p.aliases.join(', '));
  add('pronouns', p.pronouns);
  const skills = skillLines(p);
  add(`skills (${p.skills.length})`, skills[0] ?? c.dim('none found'));
  for (const more of skills.slice(1)) lines.push(`    ${' '.repeat(15)}${more}`);
  const unread = unreadSkillLines(p);
  for (const [i, line] of unread.entries())
    lines.push(`    ${i === 0 ? label('not read') : ' '.repeat(15)}${c.yellow(line)}`);
  if (unread.length > 0)
    lines.push(
      `    ${' '.repeat(15)}${c.dim('(under a skills heading, but no skill was read from these lines)')}`,
    );
  if (p.contacts.length === 0) add('contacts', c.dim('none found'));
  for (const [i, contact] of p.contacts.entries()) {
    const hidden = contact.visibility === 'private' ? c.yellow(' (private)') : '';
    lines.push(
      `    ${i === 0 ? label('contacts') : ' '.repeat(15)}${contact.label}: ${contact.value}${hidden}`,
    );
  }
  for (const [i, e] of p.experience.entries())
    lines.push(`    ${i === 0 ? label('experience') : ' '.repeat(15)}${e.text}`);
  for (const cert of p.certifications)
    add('certified', cert.issuer ? `${cert.name} (${cert.issuer})` : cert.name);
  const sections = p.sections
    .filter((s) => s.level > 0)
    .map((s) => `${s.title || s.rawTitle} ${c.dim(`[${s.kind}]`)}`);
  add(`sections (${sections.length})`, sections.join(', '));
  const unknown = p.sections
    .filter((s) => s.level > 0 && s.kind === 'other')
    .map((s) => s.title || s.rawTitle);
  if (unknown.length > 0)
    add('unknown kind', c.dim(`${unknown.join(', ')} (searchable; no command reads them by kind)`));
  for (const w of p.warnings)
    lines.push(`    ${c.yellow('warning:')} ${w.line ? `line ${w.line}: ` : ''}${w.message}`);
  return lines;
}

export function formatCheckReport(result: LoadResult, options: { dir: string; color: boolean }): string {
  const c = palette(options.color);
  const lines = [c.bold(`Profiles in ${oneLine(options.dir)}`), ''];
  // File names (and reasons quoting them) come from the folder as they are: an ESC in one is not the
  // terminal's to act on, and a line break not theirs to write. The profiles' own text was cleaned when read.
  for (const profile of result.profiles) {
    const warnings = profile.warnings.map((w) => ({ ...w, message: oneLine(w.message) }));
    lines.push(...profileBlock({ ...profile, file: oneLine(profile.file), warnings }, c), '');
  }
  for (const r of result.rejected) {
    const file = oneLine(r.file);
    lines.push(
      `${c.red('✗')} ${c.bold(r.line ? `${file}:${r.line}` : file)} ${c.red('rejected:')} ${oneLine(r.reason)}`,
    );
  }
  if (result.rejected.length > 0) lines.push('');
  const total = result.profiles.length + result.rejected.length;
  const summary = `${result.profiles.length} of ${total} file${total === 1 ? '' : 's'} loaded, ${result.rejected.length} rejected`;
  lines.push(result.rejected.length > 0 ? c.red(summary) : c.green(summary));
  return `${lines.join('\n')}\n`;
}
