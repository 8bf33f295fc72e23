// The ReDoS audit shared by the test and `npm run regex:verdicts`: which regexes the source tree has,
// which are exempt and why, and recheck's verdict on each (cached by pattern, since recheck takes
// seconds per pattern and the patterns rarely change).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { check } from 'recheck';
import { type FoundRegex, listSourceFiles, regexesBuiltOnLoad, scanFile } from './collect-regexes.js';

export const ROOT = join(import.meta.dirname, '../../..');
export const VERDICTS_FILE = join(import.meta.dirname, 'regex-verdicts.json');
const SOURCE_DIRS = ['src', 'commands'] as const;
/** Importing it starts the process (signals, exit codes): never loaded for the audit. */
const NOT_IMPORTED = ['src/main.ts'];

/**
 * Files whose patterns only ever see text capped by MAX_INPUT_CHARS (src/engine/input-limit.ts),
 * checked by time instead (the message property test): the free-text rules chain lazy groups
 * (`(?<person>.+?) (?<topic>…)`), at worst quadratic in a message of at most 2,000 characters.
 */
export const BOUNDED_INPUT: Readonly<Record<string, string>> = {
  'src/engine/intent-rules.ts': 'free-text rules over a message capped at MAX_INPUT_CHARS',
  'src/engine/intent-rules-skills.ts': 'free-text rules over a message capped at MAX_INPUT_CHARS',
  'src/engine/intent-rules-person-skill.ts': 'free-text rules over a message capped at MAX_INPUT_CHARS',
  'src/engine/intent-rules-person.ts': 'free-text rules over a message capped at MAX_INPUT_CHARS',
  'src/engine/intent-rules-past-work.ts': 'free-text rules over a message capped at MAX_INPUT_CHARS',
  'src/engine/intent-rules-foreign.ts': 'free-text rules over a message capped at MAX_INPUT_CHARS',
  'src/engine/intent-rules-contact.ts': 'free-text rules over a message capped at MAX_INPUT_CHARS',
  'src/engine/intent-rules-groups.ts': 'free-text rules over a message capped at MAX_INPUT_CHARS',
};

/**
 * Modules that build their patterns on first use instead of on load (a one-off answer rarely needs them):
 * the export that builds them all, which the audit calls after loading the module.
 */
export const FIRST_USE: Readonly<Record<string, string>> = {
  'src/engine/foreign-question.ts': 'cueLanguages',
};

/** RegExps built per call from runtime values, and why each is linear. */
export const CALL_TIME: Readonly<Record<string, string>> = {
  'src/engine/handlers/section.ts': 'the asked words, escaped, between \\b: a literal string search',
  'src/platforms/discord/discord-gateway.ts': "the bot's own numeric id in <@!?id>: a literal string search",
  'src/engine/skill-mentions.ts':
    'a skill name, escaped, between lookarounds of one character: a literal string search',
  'src/engine/short-skill-mention.ts':
    'a skill name of one or two letters or digits, escaped, between lookarounds of one character: a literal string search',
  'src/engine/people-groups.ts':
    'the asked group words, escaped, between \\b (or a word of the group table before an optional "s"): literal strings',
  'src/engine/group-people.ts':
    "a group's role pattern (people-group-table.ts: audited there) with the multiline flag: the same pattern",
  'src/profiles/extract/handle-spelling.ts':
    "an alternation of the handle's four-letter pieces (letters only): literal strings",
};

export interface Audit {
  regexes: FoundRegex[];
  /** `new RegExp` sites whose pattern is neither constant nor built on load nor listed in CALL_TIME. */
  unexplained: string[];
}

export async function auditSources(): Promise<Audit> {
  const files = listSourceFiles(ROOT, SOURCE_DIRS);
  const scans = files.map((file) => scanFile(ROOT, file));
  const dynamic = scans.flatMap((s) => s.dynamic);
  // Only files with a `new RegExp` the scan could not evaluate are loaded, to see what they build.
  const unresolved = new Set(
    dynamic.filter((site) => !site.known && !(site.file in CALL_TIME)).map((s) => s.file),
  );
  for (const file of Object.keys(FIRST_USE)) unresolved.add(file);
  const importable = files.filter(
    (file) => unresolved.has(relative(ROOT, file)) && !NOT_IMPORTED.some((skip) => file.endsWith(skip)),
  );
  const built = await regexesBuiltOnLoad(ROOT, importable, FIRST_USE);
  const builtFiles = new Set(built.map((r) => r.where));
  const unexplained = dynamic
    .filter((site) => !site.known && !builtFiles.has(site.file) && !(site.file in CALL_TIME))
    .map((site) => site.where);
  const all = [
    ...scans.flatMap((s) => s.literals),
    ...dynamic.flatMap((s) => (s.known ? [s.known] : [])),
    ...built,
  ];
  const unique = new Map<string, FoundRegex>();
  for (const regex of all) if (!unique.has(verdictKey(regex))) unique.set(verdictKey(regex), regex);
  return { regexes: [...unique.values()], unexplained };
}

export const verdictKey = (regex: Pick<FoundRegex, 'source' | 'flags'>) => `/${regex.source}/${regex.flags}`;

export const isBounded = (regex: FoundRegex) =>
  Object.keys(BOUNDED_INPUT).some((file) => regex.where.startsWith(file));

export interface Verdict {
  status: 'safe' | 'vulnerable' | 'unknown';
  /** "polynomial (degree 2)", "exponential", or why recheck could not tell. */
  detail: string;
  attack?: string;
}

/** recheck's default (automaton theory where it can); on a time-out, its fuzzer, which copes with counted repeats. */
export async function recheckVerdict(regex: Pick<FoundRegex, 'source' | 'flags'>): Promise<Verdict> {
  const first = await check(regex.source, regex.flags);
  // The fuzzer gets longer: big alternations of counted repeats (month names) take it a while.
  const diagnostics =
    first.status === 'unknown'
      ? await check(regex.source, regex.flags, { checker: 'fuzz', timeout: 60_000 })
      : first;
  if (diagnostics.status === 'safe') return { status: 'safe', detail: diagnostics.complexity.type };
  if (diagnostics.status === 'vulnerable') {
    const { complexity, attack } = diagnostics;
    const degree = complexity.type === 'polynomial' ? ` (degree ${complexity.degree})` : '';
    return { status: 'vulnerable', detail: `${complexity.type}${degree}`, attack: attack.pattern };
  }
  return { status: 'unknown', detail: diagnostics.error.kind };
}

const CHECKER = 'recheck 4.5.0';

/** Patterns recheck found safe (for the pinned recheck version); anything else is checked again. */
export function readSafeVerdicts(): Set<string> {
  if (!existsSync(VERDICTS_FILE)) return new Set();
  const file = JSON.parse(readFileSync(VERDICTS_FILE, 'utf8')) as { checker?: string; safe?: string[] };
  return new Set(file.checker === CHECKER ? (file.safe ?? []) : []);
}

export function writeSafeVerdicts(safe: Iterable<string>): void {
  const file = { checker: CHECKER, safe: [...new Set(safe)].sort() };
  writeFileSync(VERDICTS_FILE, `${JSON.stringify(file, null, 2)}\n`);
}
