// "our terraform modules", "a flaky cypress test", "a mongo query": a technology followed by a noun or two
// for things made or done with it (and a word or two before it), asked as that technology. Bounded: at
// most two trailing nouns are dropped and three spans are tried, never every split of the phrase.
const DETERMINERS = new Set(
  'a an the our my your their his her its this that these those some any'.split(' '),
);
/** Nouns for work done with a technology: never part of its name when the phrase names no technology whole. */
const WORK_NOUNS = new Set(
  (
    'module modules query queries test tests spec specs suite suites script scripts job jobs bug bugs issue ' +
    'issues error errors question questions problem problems pipeline pipelines setup config configs cluster ' +
    'clusters migration migrations schema schemas index indexes model models component components hook hooks ' +
    'template templates chart charts workflow workflows build builds deploy deploys deployment deployments ' +
    'dashboard dashboards alert alerts rule rules policy policies code codebase file files project projects app ' +
    'apps service services function functions image images container containers plugin plugins package ' +
    'packages upgrade upgrades crash crashes leak leaks outage outages incident incidents repo repos library ' +
    'libraries server servers instance instances integration integrations endpoint endpoints api apis pr prs ' +
    'review reviews task tasks operator operators controller controllers manifest manifests resolver resolvers ' +
    'mutation mutations command commands performance tuning site sites website websites scene scenes bot bots ' +
    'game games shader shaders widget widgets theme themes extension extensions contract contracts consumer ' +
    'consumers producer producers queue queues worker workers topic topics stream streams'
  ).split(' '),
);
const MAX_WORDS = 6;
const MAX_TRAILING = 2;
/** Words before the technology that only say which one ("flaky", "legacy"). */
const MAX_LEADING = 2;

/**
 * The technology a phrase names before its trailing work nouns, when the whole phrase is none
 * (`isSkill` says what a technology is); null when nothing is dropped or no span is one.
 */
export function skillBeforeNouns(phrase: string, isSkill: (term: string) => boolean): string | null {
  const words = phrase.trim().split(/\s+/);
  if (words.length < 2 || words.length > MAX_WORDS) return null;
  const lower = words.map((w) => w.toLowerCase());
  let end = words.length;
  while (end > 1 && words.length - end < MAX_TRAILING && WORK_NOUNS.has(lower[end - 1]!)) end -= 1;
  if (end === words.length || isSkill(phrase)) return null;
  let start = 0;
  while (start < end - 1 && DETERMINERS.has(lower[start]!)) start += 1;
  for (const size of [end - start, 2, 1]) {
    const from = end - size;
    if (size < 1 || from < start || from - start > MAX_LEADING) continue;
    const term = words.slice(from, end).join(' ');
    // "python django app": two technologies, not one with a word about it.
    const leading = words.slice(start, from);
    if (isSkill(term) && !leading.some((w) => isSkill(w))) return term;
  }
  return null;
}
