// titledPeople: the listed people whose headline, current job title or opening role sentence
// (search/role-titles.ts) a group's role pattern matches, with the first such title. Everyone's titles
// are joined into one text per snapshot, so a question is one regex pass instead of 10,000 tests.
import type { Profile } from '../profiles/model/profile.js';
import { type RoleTitle, roleTitles } from '../search/role-titles.js';

/** Titles of everyone, one a line: `starts[k]` is where title k begins, `owner[k]` whose it is, `rank[k]` its place among that person's titles. */
interface JoinedTitles {
  text: string;
  starts: number[];
  owner: number[];
  rank: number[];
}

interface Snapshot {
  listed: Profile[];
  titles: (readonly RoleTitle[])[];
  folded: JoinedTitles;
  /** Only the titles with non-ASCII text, lowercased as written (folding splits Hangul into letters). */
  lower: JoinedTitles;
}

// Keyed by the snapshot `all()` returns: a hot reload hands out a new one (titles of the profiles that
// did not change are kept per profile object, so it is a join, not a re-read).
const built = new WeakMap<readonly Profile[], Snapshot>();

function snapshotOf(everyone: readonly Profile[]): Snapshot {
  const cached = built.get(everyone);
  if (cached) return cached;
  const listed = everyone.filter((p) => p.listed);
  const titles = listed.map(roleTitles);
  const join = (pick: (t: RoleTitle) => string | null): JoinedTitles => {
    const parts: string[] = [];
    const joined: JoinedTitles = { text: '', starts: [], owner: [], rank: [] };
    let at = 0;
    titles.forEach((list, person) => {
      list.forEach((title, rank) => {
        const text = pick(title);
        if (text === null) return;
        // Lines split titles: a break inside one (never in folded text) becomes a character no role word holds.
        const line = text.replace(/\n/g, '\u0000');
        parts.push(line);
        joined.starts.push(at);
        joined.owner.push(person);
        joined.rank.push(rank);
        at += line.length + 1;
      });
    });
    joined.text = parts.join('\n');
    return joined;
  };
  const snapshot = { listed, titles, folded: join((t) => t.folded), lower: join((t) => t.lower) };
  built.set(everyone, snapshot);
  return snapshot;
}

/** The title whose line holds `offset`. */
function titleAt(starts: readonly number[], offset: number): number {
  let [lo, hi] = [0, starts.length - 1];
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** For each person, the first of their titles the pattern matches (lowest rank), in `first`. */
function scan(joined: JoinedTitles, role: RegExp, first: number[]): void {
  // Multiline: `^`/`$` of a role pattern still mean the title's own start and end.
  const pattern = new RegExp(role.source, `${role.flags.replace(/[gym]/g, '')}gm`);
  let match = pattern.exec(joined.text);
  while (match) {
    const k = titleAt(joined.starts, match.index);
    const person = joined.owner[k]!;
    const rank = joined.rank[k]!;
    if (first[person] === undefined || rank < first[person]!) first[person] = rank;
    // The person's later titles cannot come first: on to the next line.
    pattern.lastIndex = joined.starts[k + 1] ?? joined.text.length + 1;
    match = pattern.exec(joined.text);
  }
}

/** The listed people, in the snapshot's (name) order, whose titles the role pattern matches, with that title. */
export function titledPeople(
  everyone: readonly Profile[],
  role: RegExp,
): { profile: Profile; title: string }[] {
  const snapshot = snapshotOf(everyone);
  const first: number[] = [];
  scan(snapshot.folded, role, first);
  scan(snapshot.lower, role, first);
  const out: { profile: Profile; title: string }[] = [];
  first.forEach((rank, person) => {
    out.push({ profile: snapshot.listed[person]!, title: snapshot.titles[person]![rank]!.text });
  });
  return out;
}
