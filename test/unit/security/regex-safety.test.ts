// No regular expression in src/ or commands/ can backtrack super-linearly: every pattern is found by
// reading the sources and checked with recheck (safe verdicts cached in regex-verdicts.json).
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Audit,
  auditSources,
  BOUNDED_INPUT,
  isBounded,
  readSafeVerdicts,
  recheckVerdict,
  verdictKey,
} from './regex-audit.js';

let audit: Audit;
beforeAll(async () => {
  audit = await auditSources();
}, 60_000);

describe('regular expressions in the source tree', () => {
  it('are all found: literals, constant `new RegExp`s and those built while modules load', () => {
    const where = audit.regexes.map((r) => r.where);
    expect(audit.regexes.length).toBeGreaterThan(150);
    expect(where.some((w) => w.startsWith('src/profiles/extract/split-skill-list.ts:'))).toBe(true);
    expect(where.filter((w) => w.startsWith('src/profiles/extract/parse-period.ts:')).length).toBeGreaterThan(
      2,
    );
    expect(where.filter((w) => w.startsWith('src/engine/intent-rules.ts')).length).toBeGreaterThan(20);
  });

  it('build every RegExp from constants, on load, or from escaped text with a written reason', () => {
    expect(audit.unexplained).toEqual([]);
  });

  it('have no pattern that recheck finds super-linear (new patterns are checked here; `npm run regex:verdicts` caches them)', async () => {
    const safe = readSafeVerdicts();
    const unchecked = audit.regexes.filter((regex) => !isBounded(regex) && !safe.has(verdictKey(regex)));
    const problems: string[] = [];
    for (const regex of unchecked) {
      const verdict = await recheckVerdict(regex);
      if (verdict.status !== 'safe') {
        problems.push(
          `${regex.where} ${verdictKey(regex)}: ${verdict.status} ${verdict.detail} ${verdict.attack ?? ''}`,
        );
      }
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it('exempts only files whose input is capped before parsing', () => {
    expect(Object.keys(BOUNDED_INPUT)).toEqual([
      'src/engine/intent-rules.ts',
      'src/engine/intent-rules-skills.ts',
      'src/engine/intent-rules-person-skill.ts',
      'src/engine/intent-rules-person.ts',
      'src/engine/intent-rules-past-work.ts',
      'src/engine/intent-rules-foreign.ts',
      'src/engine/intent-rules-contact.ts',
      'src/engine/intent-rules-groups.ts',
    ]);
  });

  it('would have caught the trailing-dots alternation that froze the parser', async () => {
    const verdict = await recheckVerdict({ source: '(?:…|\\.\\.\\.|\\.)+$', flags: '' });
    expect(verdict.status).toBe('vulnerable');
    expect(verdict.detail).toBe('exponential');
  }, 60_000);
});
