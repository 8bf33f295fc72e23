// What a person asking "who is in india" would know without looking it up: other spellings of a place
// (Bengaluru/Bangalore, Brasil/Brazil, US/USA/United States, Грузия/Georgia), the big cities and regions of
// each country (profiles/vocabulary/place-countries.ts), the US states and their codes, and regions made of
// countries, so a profile that says "Bengaluru" answers "who is in india". Names are folded (lowercase, no accents).
import { COUNTRIES } from '../profiles/vocabulary/place-countries.js';
import { US_STATES } from '../profiles/vocabulary/place-states.js';
import { foldText } from '../text/fold-text.js';

/** Each row: a region's names, then the countries, states and cities in it (any one spelling of each). */
const REGIONS: readonly [names: string, members: string][] = [
  [
    'europe/european union/eu/европа/europa',
    'united kingdom, ireland, germany, france, spain, portugal, italy, netherlands, belgium, switzerland, austria, poland, czech republic, slovakia, hungary, sweden, norway, denmark, finland, estonia, latvia, lithuania, ukraine, belarus, moldova, romania, bulgaria, serbia, croatia, slovenia, greece, cyprus, moscow, saint petersburg',
  ],
  [
    'latam/latin america/south america/latinoamérica/latinoamerica/américa latina/america latina/sudamérica/sudamerica',
    'brazil, argentina, mexico, colombia, chile, peru, ecuador, venezuela, uruguay, paraguay, bolivia, cuba, costa rica, guatemala, dominican republic',
  ],
  [
    'apac/asia pacific/asia',
    'india, bangladesh, pakistan, sri lanka, nepal, japan, south korea, china, hong kong, taiwan, singapore, vietnam, indonesia, philippines, malaysia, thailand, mongolia, australia, new zealand',
  ],
  ['middle east/mena', 'israel, egypt, uae, saudi arabia, qatar, iran, iraq, lebanon, turkey'],
  [
    'africa',
    'egypt, morocco, algeria, tunisia, nigeria, kenya, ghana, ethiopia, uganda, rwanda, tanzania, cameroon, senegal, south africa',
  ],
  ['central asia', 'kazakhstan, uzbekistan, kyrgyzstan'],
  ['caucasus', 'georgia, armenia, azerbaijan'],
  [
    'bay area/sf bay area/san francisco bay area/silicon valley',
    'san francisco, palo alto, mountain view, oakland, berkeley, sunnyvale, san jose, santa clara, cupertino, menlo park, fremont',
  ],
  ['pacific northwest/pnw/cascadia', 'oregon, washington state, british columbia, vancouver'],
  ['new england', 'massachusetts, connecticut, rhode island, vermont, new hampshire, maine'],
  ['north america', 'united states, canada, mexico'],
];

const spellings = (names: string) => names.split('/').map((n) => foldText(n));
const places = (list: string) => list.split(', ').filter(Boolean).map(spellings);

interface PlaceTable {
  /** Folded name → every name that stands for the same place or lies in it. */
  within: Map<string, string[]>;
  /** Every name that lies in the United States. */
  usPlaces: Set<string>;
  /** US postal code → the state's first name ("OR" → "oregon"). */
  stateByCode: Map<string, string>;
  /** A state's town (any spelling) → the codes of the states it is in ("portland" → OR; "los angeles" → CA). */
  codesOfTown: Map<string, Set<string>>;
  /** Towns of the same name in several states ("portland"): their code is read as written. */
  sharedTowns: Set<string>;
}

// Built on the first question about a place (~10-15 ms of CPU): a one-off `ask` about anything else
// never pays for it; a server's warm-up does.
let built: PlaceTable | undefined;
const table = (): PlaceTable => (built ??= buildTable());

function buildTable(): PlaceTable {
  const within = new Map<string, string[]>();
  /** Adds names to what a name stands for: "georgia" is both the country and the US state. */
  const add = (name: string, names: readonly string[]) =>
    within.set(name, [...new Set([...(within.get(name) ?? []), ...names])]);
  const addCity = (row: readonly string[]) => {
    for (const name of row) if (!within.has(name)) within.set(name, [...row]);
  };

  for (const [country, , cities] of COUNTRIES) {
    const names = spellings(country);
    const rows = places(cities);
    for (const name of names) add(name, [...names, ...rows.flat()]);
    for (const row of rows) addCity(row);
  }

  /** What each country's names stood for before the US states joined ("georgia" the country alone). */
  const countryWithin = new Map(within);
  /** Every country's names, folded. */
  const countryNames = new Set(COUNTRIES.flatMap(([country]) => spellings(country)));
  const stateByCode = new Map<string, string>();
  const codesOfTown = new Map<string, Set<string>>();
  const sharedTowns = new Set<string>();
  const usNames = spellings(COUNTRIES.find(([, code]) => code === 'US')![0]);
  for (const [code, state, cities] of US_STATES) {
    const names = spellings(state);
    const rows = places(cities);
    stateByCode.set(code, names[0]!);
    for (const name of rows.flat()) codesOfTown.set(name, new Set([...(codesOfTown.get(name) ?? []), code]));
    // "portland me", "salem or": the table writes a town with its code when the bare name is another's too.
    for (const name of rows.flat())
      if (name.endsWith(` ${code.toLowerCase()}`)) sharedTowns.add(name.slice(0, -3));
    for (const name of names) add(name, [...names, ...rows.flat()]);
    for (const row of rows) addCity(row);
    // "Tbilisi, Georgia" is not in the US: a state named as a country stands for it only when asked by name.
    const ownNames = names.filter((n) => !countryNames.has(n));
    for (const name of usNames) add(name, [...ownNames, ...rows.flat()]);
  }
  const usPlaces = new Set(within.get('united states'));

  // A region stands for its own names and every name of the places in it ("who's in europe" finds "München");
  // a country by its own places only (the caucasus's Georgia is not the US state's Atlanta).
  for (const [region, members] of REGIONS) {
    const names = spellings(region);
    const inside = members
      .split(', ')
      .flatMap((m) => countryWithin.get(foldText(m)) ?? within.get(foldText(m)) ?? []);
    for (const name of names) within.set(name, [...names, ...new Set(inside)]);
  }
  return { within, usPlaces, stateByCode, codesOfTown, sharedTowns };
}

/** The names a place goes by, and those of the cities in it when it is a country; the name alone if unknown. */
export function placeNames(place: string): string[] {
  const folded = foldText(place);
  const { within } = table();
  return within.get(folded) ?? within.get(nominative(folded)) ?? [folded];
}

/** Russian names a place in the locative: "в москве", "в берлине", "в германии" ask for Москва, Берлин, Германия. */
function nominative(folded: string): string {
  if (/^[\p{Script=Cyrillic} ]+ии$/u.test(folded)) return `${folded.slice(0, -1)}я`;
  const stem = folded.match(/^([\p{Script=Cyrillic} ]+)е$/u)?.[1];
  if (!stem) return folded;
  return table().within.has(`${stem}а`) ? `${stem}а` : stem;
}

/** Whether the place is one of the table's countries or cities (any spelling). */
export const isKnownPlace = (place: string): boolean => table().within.has(nominative(foldText(place)));

/** Capitalised words of a text, each with the up-to-four-word names that start at it. */
function capitalisedRuns(text: string): string[] {
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]);
  const runs: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!/^[\p{Lu}\p{Lo}]/u.test(words[i]!)) continue;
    // Names of up to four words ("united states of america"), each tried from this word.
    for (let n = 1; n <= 4 && i + n <= words.length; n++)
      runs.push(foldText(words.slice(i, i + n).join(' ')));
  }
  return runs;
}

/** Whether a text names one of the table's places as a capitalised word or words ("Lives in Lisbon", "SF"). */
export const namesKnownPlace = (text: string): boolean => {
  const { within } = table();
  return capitalisedRuns(text).some((run) => within.has(run));
};

/** ", OR" after a town: a US state's postal code, read only where the text names no place outside the US. */
const STATE_CODE = /, ?([A-Z]{2})(?![\p{L}\p{N}])/gu;
/** State codes that are countries' codes too ("Vellore, IN" is in India, "Kitchener, CA" in Canada). */
const ALSO_COUNTRY = new Set(
  'AL AR AZ CA CO DE GA ID IL IN KY LA MA MD ME MN MO MS MT NC NE PA SC SD TN VA'.split(' '),
);
/** A ZIP code after the state's code ("Springfield, IL 62701"): the US for sure. */
const ZIP_AFTER = /^ \d{5}(?!\d)/;

/**
 * The text with each US state code after a town spelled out beside it ("Portland, OR" → "Portland, OR
 * (Oregon)"); "Berlin, DE" and "Toronto, CA" name a place elsewhere and are left as they are.
 */
export function withStateNames(text: string): string {
  if (!/, ?[A-Z]{2}(?![\p{L}\p{N}])/u.test(text)) return text;
  const { within, usPlaces, stateByCode } = table();
  const runs = capitalisedRuns(text);
  if (runs.some((run) => within.has(run) && !usPlaces.has(run))) return text;
  // A code that is also a country's is a state only after a known US town or before a ZIP code.
  const inUs = runs.some((run) => usPlaces.has(run));
  return text.replace(STATE_CODE, (whole, code: string, at: number) => {
    const state = stateByCode.get(code);
    if (!state) return whole;
    if (ALSO_COUNTRY.has(code) && !inUs && !ZIP_AFTER.test(text.slice(at + whole.length))) return whole;
    // "Los Angeles, LA" is the city's short name, not Louisiana: a known town is in its own states only.
    const town = townBefore(text, at);
    if (town && !town.has(code)) return whole;
    return `${whole} (${state.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())})`;
  });
}

/** The states of the known US town the text ends on at `end` (its last one to four words), if any. */
function townBefore(text: string, end: number): Set<string> | undefined {
  const { codesOfTown, sharedTowns } = table();
  const words = text.slice(Math.max(0, end - 60), end).match(/[\p{L}\p{N}]+/gu) ?? [];
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const town = foldText(words.slice(-n).join(' '));
    if (sharedTowns.has(town)) return undefined;
    const codes = codesOfTown.get(town);
    if (codes) return codes;
  }
  return undefined;
}
