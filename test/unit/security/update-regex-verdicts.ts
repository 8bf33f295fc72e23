// `npm run regex:verdicts`: runs recheck on every regex of the source tree (a minute or two) and
// records the safe ones in regex-verdicts.json, so that `npm test` only re-checks new patterns.
import {
  auditSources,
  isBounded,
  readSafeVerdicts,
  recheckVerdict,
  verdictKey,
  writeSafeVerdicts,
} from './regex-audit.js';

const all = process.argv.includes('--all');
const { regexes, unexplained } = await auditSources();
const known = all ? new Set<string>() : readSafeVerdicts();
const safe: string[] = [];
const problems: string[] = [];
const todo = regexes.filter((regex) => !isBounded(regex));
let next = 0;
async function worker(): Promise<void> {
  while (next < todo.length) {
    const regex = todo[next++]!;
    const key = verdictKey(regex);
    if (known.has(key)) {
      safe.push(key);
      continue;
    }
    const verdict = await recheckVerdict(regex);
    if (verdict.status === 'safe') safe.push(key);
    else
      problems.push(
        `${verdict.status} ${verdict.detail} ${regex.where} ${key}${verdict.attack ? `\n    attack: ${verdict.attack.slice(0, 120)}` : ''}`,
      );
  }
}
await Promise.all([worker(), worker(), worker(), worker()]);
writeSafeVerdicts(safe);
console.log(
  `${regexes.length} patterns: ${safe.length} safe, ${regexes.length - todo.length} bounded by the input cap, ${problems.length} not proved safe`,
);
for (const line of [...problems, ...unexplained.map((where) => `unexplained new RegExp at ${where}`)])
  console.log(`  ${line}`);
process.exit(problems.length + unexplained.length > 0 ? 1 : 0);
