// "who is based in berlin", "anyone in india?", "who's in europe": the listed people whose location line,
// headline or a line about the job or studies they have now names the place (a city in it, or a place in
// a region: place-names.ts) as a name, a capitalised word and never part of another word, with that line.
import type { Profile } from '../profiles/model/profile.js';
import { HAN_OR_KANA, otherScriptText } from '../search/profile-writes.js';
import type { ProfileIndex } from '../search/search-types.js';
import { foldText } from '../text/fold-text.js';
import { candidatePeople } from './candidate-people.js';
import { UNSPACED_NAME } from './employer-names.js';
import { isKnownPlace, namesKnownPlace, placeNames, withStateNames } from './place-names.js';
import { factLine } from './topic-line.js';

export interface PlaceMatch {
  profile: Profile;
  /** The line that says where they are. */
  line: string;
}

/** Search hits read for candidates, per name searched. */
const MAX_HITS = 300;
const MAX_LINE = 200;
const MAX_LINES = 400;
/** "Apr 2026 – Present", "since 2021": a line about what someone does now. */
const NOW = /\b(?:present|current|now|ongoing|today)\b/i;
/** A line saying someone is a student now ("Student at …", "Estudiante de … en la Universidad de …"): where they study. */
const STUDENT_NOW =
  /(?<![\p{L}])(?:student at|(?:i'?m|i am) an? (?:[\p{L}-]+ ){0,4}student|studying at|estudiante|estudante|studentin|[ée]tudiant(?:e)?|studente(?:ssa)?|студент(?:ка)?|cursando|estudando|estudiando)(?![\p{L}])/iu;
/** Lines saying where someone lives in scripts with no location heading read: "住在上海", "坐标深圳", "東京在住", "서울 거주". */
const LIVES_CJK = /住在|坐标|现居|常驻|在住|住んで|거주|살고 있/u;

export function placeMatches(index: ProfileIndex, place: string): PlaceMatch[] {
  // A region ("europe") is every name of its places (about 450), each looked up: only people a name finds
  // are read, once however many names find them.
  const names = placeNames(place);
  if (names.length === 0 || !names[0]) return [];
  const wanted = wantedNames(names);
  const { found: out, consider } = candidatePeople((profile): PlaceMatch | null => {
    const line = placeLine(profile, wanted);
    return line ? { profile, line } : null;
  });
  // A spaced name is a profile's whole words: their postings are the candidates (a search per name ranked
  // hundreds of fuzzy hits that placeLine then turned down). Han, kana and hangul names sit inside longer
  // runs ("서울에서"): the search, which reads words by how they start, finds those.
  for (const name of names) {
    if (index.withWords && !UNSPACED_NAME.test(name))
      for (const profile of index.withWords(name, MAX_HITS)) consider(profile);
    else for (const hit of index.search(name, { limit: MAX_HITS })) consider(hit.profile);
  }
  // The search reads words by how they start: "深圳" inside "坐标深圳" is found only by reading the text.
  const unspaced = names.filter((n) => HAN_OR_KANA.test(n));
  // Only profiles that write another script can hold one: the index keeps them apart.
  if (unspaced.length > 0)
    for (const profile of index.otherScriptWriters?.() ?? index.all()) {
      const text = otherScriptText(profile);
      if (text && unspaced.some((n) => text.includes(n))) consider(profile);
    }
  return out.sort((a, b) => a.profile.name.localeCompare(b.profile.name));
}

/** Where the profile says someone is: its location line, headline, studies they follow now, then lines of a job held now. */
export function whereLines(profile: Profile): string[] {
  const stated = factLine(profile, 'location')?.section.text ?? '';
  // A location line naming a known place says where they are: a headline's life story ("born in New
  // York, moved to Austin…") is not read beside it.
  if (namesKnownPlace(stated.slice(0, MAX_LINE))) return [stated.trim().slice(0, MAX_LINE)];
  const now = profile.sections
    .flatMap((s) => [s.title, ...s.text.split('\n'), ...s.items])
    .slice(0, MAX_LINES)
    .filter((l) => (NOW.test(l) && /\d{4}/.test(l)) || LIVES_CJK.test(l));
  const studies = factLine(profile, 'education')?.section.text.split('\n')[0] ?? '';
  const studiesNow =
    STUDENT_NOW.test(studies) && (!/\d{4}/.test(studies) || NOW.test(studies)) ? studies : '';
  return [stated, profile.headline ?? '', studiesNow, ...now]
    .map((l) => l.trim().slice(0, MAX_LINE))
    .filter(Boolean);
}

// A country is up to 30 names, each searched: a person found under several, or asked about again, has
// their lines read and folded once (per profile object: a reload makes new ones).
const WHERE = new WeakMap<Profile, WhereLine[]>();

/** A where-line, the same without an employer's place, and that folded. */
interface WhereLine {
  line: string;
  text: string;
  folded: string;
}

function foldedWhereLines(profile: Profile): WhereLine[] {
  let lines = WHERE.get(profile);
  if (!lines) {
    const headline = (profile.headline ?? '').trim().slice(0, MAX_LINE);
    const own = new Set(foldText(profile.name).split(' '));
    lines = whereLines(profile).map((line) => {
      // "Hi, I'm Georgia Lane": the person's own name in their headline names no place.
      const said =
        line === headline ? line.replace(/[\p{L}\p{N}]+/gu, (w) => (own.has(foldText(w)) ? ' ' : w)) : line;
      const text = withStateNames(said.replace(EMPLOYER_PLACE, ' '));
      return { line, text, folded: ` ${foldText(text)} ` };
    });
    WHERE.set(profile, lines);
  }
  return lines;
}

/** A place's names split by how a line holds them: inside its text (Han, kana, hangul) or as whole words. */
interface WantedNames {
  unspaced: readonly string[];
  spaced: ReadonlySet<string>;
}

const wantedNames = (names: readonly string[]): WantedNames => ({
  unspaced: names.filter((name) => UNSPACED_NAME.test(name)),
  spaced: new Set(names.filter((name) => !UNSPACED_NAME.test(name))),
});

/** The line saying where they are, when it names the place; null otherwise. */
function placeLine(profile: Profile, { unspaced, spaced }: WantedNames): string | null {
  return (
    foldedWhereLines(profile).find(
      ({ text, folded }) =>
        unspaced.some((name) => folded.includes(name)) ||
        wordRuns(folded).some((run) => spaced.has(run) && namesPlace(text, run)),
    )?.line ?? null
  );
}

/** Every run of one to four words of a folded line ("san", "san francisco", …), to look up as a place name. */
function wordRuns(folded: string): string[] {
  const words = folded.split(' ').filter(Boolean);
  const runs: string[] = [];
  for (let i = 0; i < words.length; i++)
    for (let n = 1; n <= 4 && i + n <= words.length; n++) runs.push(words.slice(i, i + n).join(' '));
  return runs;
}

/** Whether the text (that holds the folded name as whole words) names it with a capital ("Berlin", "São Paulo", "US"). */
function namesPlace(text: string, wanted: string): boolean {
  const first = wanted.split(' ')[0]!;
  // "From Hamburg, now in Lisbon": where they are now is read after the words that say so.
  const now = text.match(NOW_HERE);
  // "moved to Stockholm" says it alone; "now in Lisbon" only after a "from" (else "now in charge").
  const cut =
    now?.index !== undefined && (/^(?:moved|relocated)/i.test(now[0]) || FROM.test(text.slice(0, now.index)));
  const from = cut && now?.index !== undefined ? now.index + now[0].length : 0;
  // Han, Hangul and kana have no capitals: a name in them is a name.
  const rest = text.slice(from);
  const words = [...rest.matchAll(/[\p{L}\p{N}]+/gu)];
  const size = wanted.split(' ').length;
  return words.some(
    (m, i) =>
      foldText(m[0]) === first &&
      /^[\p{Lu}\p{Lo}]/u.test(m[0]) &&
      !startsEmployerName(rest, m, words[i + size - 1], words[i + size]),
  );
}

/**
 * "engineer at Zurich Insurance", "@ Berlin Brands Group": after "at"/"@"/"for"/"joined", a place name that a
 * capitalised word follows in the same phrase is the start of an employer's name, not where someone is.
 */
function startsEmployerName(
  text: string,
  name: RegExpMatchArray,
  last: RegExpMatchArray | undefined,
  next: RegExpMatchArray | undefined,
): boolean {
  if (!last || !next || last.index === undefined || next.index === undefined || name.index === undefined)
    return false;
  if (!AT_BEFORE.test(text.slice(Math.max(0, name.index - 10), name.index))) return false;
  // Only spaces between the name and the capitalised word: "at Zurich, Switzerland" is a place, and so is
  // "at Lisbon Portugal" (a place after it). A school named after its town ("student at Bremerhaven
  // University") places the student there.
  return (
    /^\p{Lu}/u.test(next[0]) &&
    !SCHOOL_WORD.test(next[0]) &&
    !isKnownPlace(next[0]) &&
    /^ {1,2}$/.test(text.slice(last.index + last[0].length, next.index))
  );
}

const SCHOOL_WORD = /^(?:universit\p{L}*|college|institute|school|polytechnic|hochschule|academy|campus)$/iu;

const AT_BEFORE = /(?:^|[^\p{L}])(?:at|for|joined|@) ?$/iu;

/**
 * Where an employer is, not the person: "at a London-based fintech", "a company headquartered in Berlin",
 * "(HQ in Paris)". Cut from a line before it is searched for the place.
 */
const EMPLOYER_PLACE =
  /\b(?:(?:at|for|with|joined) (?:a|an|the) [\p{L}\p{N} ]{1,40}?-based\b|(?:headquartered|headquarters|hq|offices?) in [^,.;()|]{1,60})/giu;

/** Words that put someone somewhere now, when the line also says where they were ("from X, now in Y"). */
const NOW_HERE =
  /\b(?:now (?:in|based in|living in)|currently (?:in|based in|living in)|(?:moved|relocated)(?: down| back| over)? to)\b/i;
const FROM = /\b(?:from|born in|grew up in|raised in)\b/i;
