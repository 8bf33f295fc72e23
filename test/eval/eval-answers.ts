// The answers evaluation: labelled questions over the seed profiles and fixture folders
// (test/eval/answers.jsonl, or any file with --cases over folders given with --folder NAME=DIR), each
// checked for the reply kind, person, facts and the exact people a whoknows names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createEngine } from '../../src/engine/create-engine.js';
import type { Reply } from '../../src/engine/reply.js';
import { loadProfiles } from '../../src/profiles/store/load-profiles.js';
import { canonicalSkillName, foldSkillKey } from '../../src/profiles/vocabulary/skill-aliases.js';
import { renderText } from '../../src/render/text.js';
import { createProfileIndex } from '../../src/search/profile-index.js';
import type { ProfileIndex } from '../../src/search/search-types.js';
import { type EvalCase, parseCases } from './eval-case.js';
import { parseEvalArgs } from './parse-eval-args.js';

const ROOT = join(import.meta.dirname, '../..');
export const FOLDERS: Record<string, string> = {
  seeds: join(ROOT, 'profiles'),
  engine: join(ROOT, 'test/fixtures/engine'),
  search: join(ROOT, 'test/fixtures/search'),
  team: join(ROOT, 'test/fixtures/team'),
  classes: join(ROOT, 'test/fixtures/answer-classes'),
  listings: join(ROOT, 'test/fixtures/skill-listings'),
  questions: join(ROOT, 'test/fixtures/question-classes'),
  claims: join(ROOT, 'test/fixtures/skill-claims'),
  facts: join(ROOT, 'test/fixtures/fact-classes'),
  roles: join(ROOT, 'test/fixtures/role-classes'),
  chat: join(ROOT, 'test/fixtures/chat-classes'),
  firstweek: join(ROOT, 'test/fixtures/first-week'),
  factlines: join(ROOT, 'test/fixtures/fact-lines'),
  facts10: join(ROOT, 'test/fixtures/facts-10'),
  groups: join(ROOT, 'test/fixtures/group-questions'),
  facts11: join(ROOT, 'test/fixtures/facts-11'),
  facts12: join(ROOT, 'test/fixtures/facts-12'),
  facts13: join(ROOT, 'test/fixtures/facts-13'),
  names12: join(ROOT, 'test/fixtures/names-12'),
  scripts: join(ROOT, 'test/fixtures/team-scripts'),
  exp14: join(ROOT, 'test/fixtures/experience-14'),
  exp15: join(ROOT, 'test/fixtures/experience-15'),
  exp16: join(ROOT, 'test/fixtures/experience-16'),
  exp17: join(ROOT, 'test/fixtures/experience-17'),
  place12: join(ROOT, 'test/fixtures/place-12'),
  across: join(ROOT, 'test/fixtures/names-across-scripts'),
  stacks: join(ROOT, 'test/fixtures/stack-lines'),
  place15: join(ROOT, 'test/fixtures/place-15'),
  facts15: join(ROOT, 'test/fixtures/facts-15'),
  facts16: join(ROOT, 'test/fixtures/facts-16'),
  facts17: join(ROOT, 'test/fixtures/facts-17'),
  skills16: join(ROOT, 'test/fixtures/skills-16'),
  groups16: join(ROOT, 'test/fixtures/team-groups-16'),
  groups17: join(ROOT, 'test/fixtures/team-groups-17'),
  words12: join(ROOT, 'test/fixtures/group-words-12'),
  personLines: join(ROOT, 'test/fixtures/person-lines'),
  askedWords: join(ROOT, 'test/fixtures/asked-words'),
  teamLines: join(ROOT, 'test/fixtures/team-lines'),
  twoPart: join(ROOT, 'test/fixtures/two-part-questions'),
  foreignCareers: join(ROOT, 'test/fixtures/foreign-careers'),
};

export interface Outcome {
  case: EvalCase;
  problems: string[];
  /** A whoknows that presented holders of another skill as holders of the asked one. */
  wrongSkill: boolean;
  reply: Reply;
}

export interface EvalReport {
  outcomes: Outcome[];
  byCategory: Map<string, { right: number; total: number }>;
  right: number;
  total: number;
  wrongSkill: number;
}

type Ask = (line: string) => Reply;

async function openFolder(dir: string): Promise<{ ask: Ask; index: ProfileIndex }> {
  const { profiles } = await loadProfiles(dir);
  const index = createProfileIndex(profiles);
  const engine = createEngine({ index: () => index, defaultProfile: null, contactEphemeral: true });
  return { index, ask: (line) => engine.answer(engine.parse(line, { platform: 'shell' })) };
}

/**
 * How a whoknows match presents its person: as listing the skill (all the skills, when several), or
 * as less (a labelled prose mention, some of several skills). Untagged matches all sit under "N people
 * list X", so they count as presented holders.
 */
function presentsAsHolder(match: { match?: string }): boolean {
  return match.match === undefined || match.match === 'lists';
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('|') === [...b].sort().join('|');

export function check(c: EvalCase, reply: Reply, index: ProfileIndex): Outcome {
  const problems: string[] = [];
  const text = renderText(reply);
  const lower = text.toLowerCase();
  const kinds = c.kind === undefined ? null : Array.isArray(c.kind) ? c.kind : [c.kind];
  if (kinds && !kinds.includes(reply.kind)) problems.push(`kind ${reply.kind}, expected ${kinds.join('|')}`);
  if (c.person && reply.person?.id !== c.person)
    problems.push(`person ${reply.person?.id ?? 'none'}, expected ${c.person}`);
  if (
    c.candidates &&
    !sameSet(
      reply.candidates.map((p) => p.id),
      c.candidates,
    )
  )
    problems.push(
      `candidates [${reply.candidates.map((p) => p.id).join(', ')}], expected [${c.candidates.join(', ')}]`,
    );
  let wrongSkill = false;
  if (c.people) {
    if (reply.kind !== 'whoknows') problems.push(`kind ${reply.kind}, expected whoknows`);
    else {
      const holders = reply.data.matches.filter(presentsAsHolder);
      const ids = holders.map((m) => m.personId);
      if (!sameSet(ids, c.people))
        problems.push(`names [${ids.join(', ')}], expected [${c.people.join(', ') || 'nobody'}]`);
      if (c.skill) {
        const want = foldSkillKey(canonicalSkillName(c.skill));
        const wrong = holders.filter((m) => foldSkillKey(canonicalSkillName(m.skill)) !== want);
        if (wrong.length > 0) {
          wrongSkill = true;
          problems.push(
            `presents ${wrong.map((m) => `${m.personId} (${m.skill})`).join(', ')} as knowing ${c.skill}`,
          );
        }
      }
    }
  }
  for (const id of c.mentioned ?? []) {
    const name = index.get(id)?.name ?? id;
    if (!text.includes(name)) problems.push(`does not mention ${name}`);
  }
  for (const fact of c.must ?? [])
    if (!lower.includes(fact.toLowerCase())) problems.push(`missing “${fact}”`);
  for (const fact of c.mustNot ?? [])
    if (lower.includes(fact.toLowerCase())) problems.push(`must not say “${fact}”`);
  return { case: c, problems, wrongSkill, reply };
}

/**
 * Asks every case of `file` over its folder: a name in FOLDERS or in `extraFolders` (which win over a
 * known name, so a questions file can bring its own "team").
 */
export async function runAnswersEval(
  file = join(import.meta.dirname, 'answers.jsonl'),
  extraFolders: Record<string, string> = {},
): Promise<EvalReport> {
  const dirs: Record<string, string> = { ...FOLDERS, ...extraFolders };
  const cases = parseCases(readFileSync(file, 'utf8'), Object.keys(dirs), file);
  const folders = new Map<string, { ask: Ask; index: ProfileIndex }>();
  const outcomes: Outcome[] = [];
  for (const c of cases) {
    let folder = folders.get(c.folder);
    if (!folder) {
      folder = await openFolder(dirs[c.folder]!);
      folders.set(c.folder, folder);
    }
    outcomes.push(check(c, folder.ask(c.q), folder.index));
  }
  const byCategory = new Map<string, { right: number; total: number }>();
  for (const o of outcomes) {
    const entry = byCategory.get(o.case.cat) ?? { right: 0, total: 0 };
    entry.total += 1;
    if (o.problems.length === 0) entry.right += 1;
    byCategory.set(o.case.cat, entry);
  }
  const right = outcomes.filter((o) => o.problems.length === 0).length;
  const wrongSkill = outcomes.filter((o) => o.wrongSkill).length;
  return { outcomes, byCategory, right, total: outcomes.length, wrongSkill };
}

const pct = (right: number, total: number) => `${((100 * right) / Math.max(total, 1)).toFixed(1)}%`;

export function formatReport(report: EvalReport, options: { misses: boolean }): string {
  const lines: string[] = [];
  if (options.misses) {
    for (const o of report.outcomes.filter((x) => x.problems.length > 0)) {
      const said = `${o.reply.kind}: ${o.reply.title}${o.reply.description ? ` — ${o.reply.description}` : ''}`;
      lines.push(`MISS [${o.case.cat}] (${o.case.folder}) ${o.case.q}`);
      lines.push(`     ${o.problems.join('; ')}`);
      lines.push(`     said ${said.replace(/\s+/g, ' ').slice(0, 220)}`);
    }
    lines.push('');
  }
  const cats = [...report.byCategory].sort((a, b) => a[0].localeCompare(b[0]));
  for (const [cat, { right, total }] of cats)
    lines.push(
      `${cat.padEnd(20)} ${String(right).padStart(4)}/${String(total).padEnd(4)} ${pct(right, total)}`,
    );
  lines.push(
    `${'overall'.padEnd(20)} ${String(report.right).padStart(4)}/${String(report.total).padEnd(4)} ${pct(report.right, report.total)}`,
  );
  lines.push(`answers presenting one skill's holders as another's: ${report.wrongSkill}`);
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let args: ReturnType<typeof parseEvalArgs>;
  try {
    args = parseEvalArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const report = await runAnswersEval(args.cases, args.folders);
  console.log(formatReport(report, { misses: !args.quiet }));
}
