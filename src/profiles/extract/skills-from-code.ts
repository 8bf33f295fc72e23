// skillsFromCode: technologies listed under skill-like keys in code-mode bios: JS/TS arrays
// (`const skills = [...]`), Ruby and Python hashes, JSON and YAML. Names the vocabulary knows, and in a list
// of mostly known names the technical-looking rest.
import type { Code } from 'mdast';
import { appendAll } from '../../text/append-all.js';
import { lookupTechnology } from '../vocabulary/tech-vocabulary.js';
import { codeBioLines } from './code-bio-lines.js';
import { looksTechnical } from './looks-technical.js';
import { splitSkillLine } from './split-skill-list.js';
import { wordCount } from './word-count.js';

const MAX_LINES = 400;
const MAX_LINE = 300;
const MAX_DEPTH = 64;
// `key:`, `"key":`, `key =>`, `const key =`, `- key:`; the value is the rest of the line.
export const KEY_VALUE = /^[ \t{[,]*(?:-[ \t]*)?["'`]?([A-Za-z_$][\w .$-]{0,40}?)["'`]?(?::(?!:)|=>|=)(.*)$/;
const QUOTED = /"([^"\n]{1,60})"|'([^'\n]{1,60})'|`([^`\n]{1,60})`/g;
// Kotlin's `"Languages" to listOf(…)`: the quoted key is a group's name, not a skill.
const KOTLIN_KEY = /^[ \t]*(["'])[^"'\n]{1,40}\1[ \t]+to[ \t]+/;
const YAML_ITEM = /^[ \t]*-[ \t]+(\S.{0,70})$/;
// Key words that introduce what someone works with (also in Spanish, Portuguese, French, German), and those
// that introduce what they do not (yet) or human languages.
const SKILL_KEY =
  /skill|lang|framework|librar|tool|stack|tech|database|^db$|devops|cloud|backend|frontend|mobile|infra|platform|editor|^ides?$|test|^os$|code|coding|program|web|using|^uses$|knows?$|expert|proficien|^ml|ops$|^ai$|data|habilidad|competen|tecnolog|technolog|ferrament|herramient|linguage|lenguaje|langage|outil|kenntnis|faehig|werkzeug|conhecimento|conocimiento/;
export const NOT_SKILL_KEY =
  /learn|interest|next|future|want|wish|goal|hobb|spoken|human|natural|todo|plan|aprend|estud|apprend|lern|idioma|langue|sprache/;

const keyWord = (raw: string): string => (raw.split(/[\s.]/).pop() ?? '').toLowerCase().replace(/[-_$]/g, '');

/** Whether a code key introduces what someone works with (`languages`, `tech_stack`, `herramientas`). */
export function isSkillKey(raw: string): boolean {
  const key = keyWord(raw);
  return SKILL_KEY.test(key) && !NOT_SKILL_KEY.test(key);
}

function quoted(text: string): string[] {
  return [...text.matchAll(QUOTED)].map((m) => (m[1] ?? m[2] ?? m[3] ?? '').trim()).filter(Boolean);
}

/** The items a value lists: quoted strings, else (YAML flow or plain) comma-separated words. */
function items(value: string): string[] {
  const strings = quoted(value);
  if (strings.length > 0) return strings;
  const bare = value.replace(/^[[{(]|[\]})],?$/g, '').trim();
  return bare && !/[[{(]$/.test(bare) ? bare.split(/(?<!\s)\s*,\s*/) : [];
}

/** A YAML list item's text without quotes or a trailing comma: `- "React",` → React (60 characters at most). */
function yamlItem(raw: string): string | null {
  let value = raw.trimEnd();
  if (value.endsWith(',')) value = value.slice(0, -1).trimEnd();
  const quote = value[0];
  if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length > 1)
    value = value.slice(1, -1);
  return value && value.length <= 60 ? value.trim() : null;
}

const ONE_NAME = /^\p{Lu}\p{Ll}{2,20}$/u;

/**
 * The technologies of one list under a skill key. Known names always count; a group "NoSQL (MongoDB,
 * Redis)" gives its items; an unknown technical-looking name ("FlutterFlow", "CI/CD") counts when most of
 * the list is known, so a list of roles or spoken languages gives nothing it does not know.
 */
function acceptList(items: readonly string[], add: (name: string) => void): void {
  const names = items.flatMap((item) => (lookupTechnology(item) ? [item] : splitSkillLine(item).names));
  const known = names.filter((n) => {
    const tech = lookupTechnology(n);
    return tech !== undefined && tech.kind !== 'platform';
  });
  const mostlyKnown = known.length * 2 >= names.length;
  // A framework the vocabulary lacks, written as one capitalised word ("Combine", "Alamofire"), counts in a
  // list that is more than half known: the list is of technologies, so is it.
  const moreThanHalf = known.length * 2 > names.length;
  for (const name of names) {
    const tech = lookupTechnology(name);
    if (tech) {
      if (tech.kind !== 'platform') add(tech.name);
    } else if (mostlyKnown && wordCount(name) <= 3 && looksTechnical(name)) add(name);
    else if (moreThanHalf && ONE_NAME.test(name)) add(name);
  }
}

// Closing brackets count only outside strings: "NoSQL (MongoDB)" does not end the list it is in.
const unquoted = (text: string) => text.replace(QUOTED, '""');

function readCode(code: Code, add: (name: string) => void): void {
  let list: string[] = [];
  const flush = () => {
    acceptList(list, add);
    list = [];
  };
  let open = false; // inside a multi-line list or map that follows a skill key
  // For each bracket open around the line: whether it is a skill map, whose keys name groups of skills
  // ("databases: { relational: [\"PostgreSQL\"] }", "backend: { node: [\"Express\"] }").
  const scopes: boolean[] = [];
  for (const raw of code.value.split('\n').slice(0, MAX_LINES)) {
    const line = raw.slice(0, MAX_LINE);
    const pair = KEY_VALUE.exec(line);
    const key = pair?.[1]?.trim() ?? '';
    const value = (pair?.[2] ?? '').trim();
    const inSkillMap = scopes.length > 0 && scopes[scopes.length - 1]!;
    // A key whose value is a list or map starts a group even when it names a technology ("node: [...]").
    const group = value[0] === '[' || value[0] === '{';
    const tech = open && key && !group ? lookupTechnology(key) : undefined;
    const before = open;
    if (pair && !tech) {
      // A new key: it opens a skill list, or ends the one before.
      flush();
      open = isSkillKey(key) || (group && inSkillMap && !NOT_SKILL_KEY.test(keyWord(key)));
      track(scopes, line, open);
      if (!open) continue;
      // "aws: [\"EC2\", \"S3\"]" inside a skill map names AWS too.
      if (group && !isSkillKey(key) && lookupTechnology(key)) list.push(key);
      appendAll(list, items(value));
      const bare = unquoted(value);
      open = value === '' || /[[{(][ \t]*$/.test(bare) || (/[[{(]/.test(bare) && !/[\]})]/.test(bare));
      if (!open) flush();
      continue;
    }
    track(scopes, line, before);
    if (!open) continue;
    // `"Python": "expert"` inside a skills map: the key is the skill, the value its level.
    if (tech) list.push(key);
    else {
      const item = YAML_ITEM.exec(line);
      const name = item ? yamlItem(item[1]!) : null;
      if (name) list.push(name);
      else appendAll(list, quoted(line.replace(KOTLIN_KEY, '')));
    }
    // A line closes the list when it closes more brackets than it opens (`String::from("Rust"),` does not).
    if (closesMore(unquoted(line))) {
      open = false;
      flush();
    }
  }
  flush();
}

function closesMore(line: string): boolean {
  let depth = 0;
  for (const c of line)
    depth += c === '{' || c === '[' || c === '(' ? 1 : c === '}' || c === ']' || c === ')' ? -1 : 0;
  return depth < 0;
}

/** Pushes a scope for each bracket the line opens (a skill map when `skill`), pops one for each it closes. */
function track(scopes: boolean[], line: string, skill: boolean): void {
  for (const c of unquoted(line)) {
    // Deeper maps than any bio has are read as the one around them; pops stay bounded by pushes.
    if (c === '{' || c === '[') scopes.push(scopes.length < MAX_DEPTH ? skill : (scopes.at(-1) ?? skill));
    else if (c === '}' || c === ']') scopes.pop();
  }
}

/** Known technologies listed under skill-like keys in these code blocks. */
export function skillsFromCode(codes: readonly Code[]): { name: string; line: number | null }[] {
  const out: { name: string; line: number | null }[] = [];
  for (const code of codes) {
    const line = code.position?.start.line ?? null;
    const add = (name: string) => out.push({ name, line });
    readCode(code, add);
    // The general reader's entries: lists nested under a skill key by indentation (`tech_stack:` →
    // `containers:` → `- Docker`) and `addLanguage("Go")` calls; never under a learning key.
    for (const e of codeBioLines(code.value)) {
      const keys = [...e.path, e.key];
      if (keys.some(isSkillKey) && !keys.some((k) => NOT_SKILL_KEY.test(keyWord(k))))
        acceptList(e.values, add);
    }
  }
  return out;
}
