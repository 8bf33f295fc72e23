// `profiles check [DIR] [--json]`: parse every profile and show what was understood and what was rejected.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.js';
import { formatConfigErrors } from '../config/format-config-errors.js';
import { type LoadResult, ProfilesDirError } from '../profiles/store/load-profiles.js';
import { largeFilesUnbounded, loadProfilesOnce } from '../profiles/store/load-profiles-once.js';
import { type CliIo, writeLine } from './cli-io.js';
import { formatCheckReport, unknownSections } from './profiles-check-report.js';
import { unreadSkillLines } from './profiles-check-unread.js';

export const PROFILES_CHECK_USAGE =
  'usage: profile-assistant profiles check [DIR] [--profiles DIR] [--json]\n' +
  '  DIR defaults to --profiles, then PROFILES_DIR, then ./profiles. Exits 1 when any file is rejected.';

/** The JSON contract of `profiles check --json` (README, docs/profile-format.md): scripts rely on these names. */
export function toCheckJson({ profiles, rejected }: LoadResult) {
  return {
    profiles: profiles.map((p) => ({
      file: p.file,
      id: p.id,
      name: p.name,
      nameSource: p.nameSource ?? null,
      handle: p.handle,
      aliases: p.aliases,
      headline: p.headline,
      skills: p.skills.map((s) => ({ name: s.name, category: s.category })),
      contacts: p.contacts.map((c) => ({ kind: c.kind, value: c.value, label: c.label })),
      experience: p.experience.map((e) => ({
        text: e.text,
        title: e.title,
        organization: e.organization,
        period: e.period,
      })),
      certifications: p.certifications.map((c) => ({ name: c.name, issuer: c.issuer, url: c.url })),
      sections: p.sections.map((s) => ({ title: s.title, kind: s.kind, level: s.level })),
      unknownSections: unknownSections(p),
      unreadSkillLines: unreadSkillLines(p),
      warnings: p.warnings,
    })),
    rejected: rejected.map((r) => ({
      file: r.file,
      reason: r.line ? `line ${r.line}: ${r.reason}` : r.reason,
    })),
  };
}

function parse(args: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        profiles: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (positionals.length > 1)
      return { ok: false as const, problem: `expected one folder, got ${positionals.length}` };
    return {
      ok: true as const,
      dir: positionals[0] ?? values.profiles,
      json: !!values.json,
      help: !!values.help,
    };
  } catch (error) {
    return { ok: false as const, problem: error instanceof Error ? error.message : String(error) };
  }
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parse(args);
  if (!parsed.ok) {
    writeLine(io.stderr, `profile-assistant profiles check: ${parsed.problem}\n${PROFILES_CHECK_USAGE}`);
    return 2;
  }
  if (parsed.help) {
    writeLine(io.stdout, PROFILES_CHECK_USAGE);
    return 0;
  }
  const config = loadConfig(io.env);
  if (!config.ok) {
    writeLine(io.stderr, formatConfigErrors(config.errors));
    return 1;
  }
  const dir = resolve(io.cwd, parsed.dir ?? config.config.profilesDir);
  let result: LoadResult;
  try {
    result = await loadProfilesOnce(dir, {
      maxBytes: config.config.maxProfileBytes,
      blocking: true,
      timeoutMs: config.config.parseTimeoutMs,
      onFallback: (why) =>
        writeLine(io.stderr, `profile-assistant profiles check: warning: ${largeFilesUnbounded(why)}`),
    });
  } catch (error) {
    if (!(error instanceof ProfilesDirError)) throw error;
    writeLine(io.stderr, `profile-assistant profiles check: ${error.message}`);
    return 1;
  }
  if (parsed.json) writeLine(io.stdout, JSON.stringify(toCheckJson(result), null, 2));
  else {
    const color = Boolean(io.stdout.isTTY) && !io.env['NO_COLOR'] && io.env['TERM'] !== 'dumb';
    io.stdout.write(formatCheckReport(result, { dir, color }));
  }
  return result.rejected.length > 0 ? 1 : 0;
}

export { PROFILES_CHECK_USAGE as usage };
