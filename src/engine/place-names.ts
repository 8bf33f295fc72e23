// What a person asking "who is in india" would know without looking it up: other spellings of a place
// (Bengaluru/Bangalore, Brasil/Brazil, US/USA/United States) and the big tech cities of each country, so
// a profile that says "Bengaluru" answers "who is in india". Names are folded (lowercase, no accents).
import { foldText } from '../text/fold-text.js';

/** Each row: a country's names, then its cities, comma-separated (a place's other spellings joined by "/"). */
const COUNTRIES: readonly [names: string, cities: string][] = [
  [
    'india/bharat',
    'bengaluru/bangalore, mumbai/bombay, delhi/new delhi, hyderabad, chennai/madras, pune, kolkata/calcutta, ahmedabad, noida, gurugram/gurgaon, jaipur, kochi/cochin, bhopal, indore, coimbatore, chandigarh, lucknow, thiruvananthapuram/trivandrum',
  ],
  ['bangladesh', 'dhaka/dacca, chittagong/chattogram'],
  ['pakistan', 'karachi, lahore, islamabad, rawalpindi'],
  ['sri lanka/srilanka', 'colombo, kandy'],
  ['nepal', 'kathmandu'],
  [
    'united states/us/usa/u s/u s a/united states of america/america',
    'seattle, san francisco/sf, palo alto, mountain view, oakland, berkeley, sunnyvale, new york/nyc, new york city, los angeles, boston, austin, chicago, denver, portland, atlanta, miami, san diego, san jose, washington dc/dc, philadelphia, dallas, houston, pittsburgh, raleigh, salt lake city, minneapolis',
  ],
  ['canada', 'toronto, vancouver, montreal/montréal, ottawa, calgary, waterloo'],
  [
    'united kingdom/uk/u k/great britain/britain/england/scotland/wales',
    'london, manchester, edinburgh, cambridge, oxford, bristol, leeds, glasgow, birmingham',
  ],
  ['ireland', 'dublin, cork, galway'],
  [
    'germany/deutschland',
    'berlin, munich/münchen, hamburg, cologne/köln, frankfurt, stuttgart, düsseldorf, leipzig, dresden',
  ],
  ['france', 'paris, lyon, toulouse, marseille, lille, nantes, bordeaux'],
  ['spain/españa', 'madrid, barcelona, valencia, seville/sevilla, bilbao, malaga/málaga'],
  ['portugal', 'lisbon/lisboa, porto/oporto, braga, coimbra'],
  ['italy/italia', 'rome/roma, milan/milano, turin/torino, naples/napoli, bologna, florence/firenze'],
  [
    'netherlands/holland/the netherlands',
    'amsterdam, rotterdam, utrecht, eindhoven, the hague/den haag, delft',
  ],
  ['belgium', 'brussels/bruxelles, antwerp, ghent'],
  ['switzerland', 'zurich/zürich, geneva/genève, basel, lausanne, bern'],
  ['austria/österreich', 'vienna/wien, graz'],
  ['poland/polska', 'warsaw/warszawa, krakow/kraków, wroclaw/wrocław, gdansk/gdańsk, poznan/poznań'],
  ['sweden/sverige', 'stockholm, gothenburg/göteborg, malmö/malmo, uppsala'],
  ['norway/norge', 'oslo, bergen, trondheim'],
  ['denmark/danmark', 'copenhagen/københavn, aarhus'],
  ['finland/suomi', 'helsinki, espoo, tampere'],
  ['ukraine', 'kyiv/kiev/київ/киев, lviv, kharkiv, odesa/odessa, dnipro'],
  [
    'russia/россия/rossiya',
    'moscow/москва/moskva, saint petersburg/st petersburg/санкт петербург, kazan/казань, novosibirsk',
  ],
  ['turkey/türkiye/turkiye', 'istanbul, ankara, izmir'],
  ['romania', 'bucharest/bucurești, cluj napoca/cluj, iasi/iași'],
  ['greece', 'athens, thessaloniki'],
  ['israel', 'tel aviv, jerusalem, haifa'],
  ['egypt', 'cairo, alexandria'],
  ['nigeria', 'lagos, abuja, ibadan'],
  ['kenya', 'nairobi, mombasa'],
  ['ghana', 'accra, kumasi'],
  ['south africa', 'cape town, johannesburg, durban, pretoria'],
  ['morocco', 'casablanca, rabat, marrakesh/marrakech'],
  [
    'brazil/brasil',
    'são paulo/sao paulo, rio de janeiro/rio, belo horizonte, porto alegre, curitiba, recife, salvador, florianópolis/florianopolis, brasília/brasilia, fortaleza',
  ],
  ['argentina', 'buenos aires, córdoba/cordoba, rosario'],
  ['mexico/méxico', 'mexico city/ciudad de méxico/cdmx, guadalajara, monterrey'],
  ['colombia', 'bogotá/bogota, medellín/medellin, cali'],
  ['chile', 'santiago'],
  ['peru/perú', 'lima'],
  ['japan/日本', 'tokyo/東京, osaka/大阪, kyoto/京都, yokohama, fukuoka, nagoya, sapporo'],
  ['south korea/korea/republic of korea/대한민국/한국', 'seoul/서울, busan/부산, incheon, daejeon, jeonju'],
  ['china/中国', 'beijing/北京, shanghai/上海, shenzhen/深圳, hangzhou/杭州, guangzhou/广州, chengdu'],
  ['taiwan', 'taipei, hsinchu'],
  ['singapore', ''],
  ['vietnam/viet nam', 'hanoi/ha noi, ho chi minh city/saigon, da nang'],
  ['indonesia', 'jakarta, bandung, surabaya, yogyakarta'],
  ['philippines', 'manila, cebu, quezon city'],
  ['malaysia', 'kuala lumpur, penang'],
  ['thailand', 'bangkok, chiang mai'],
  ['australia', 'sydney, melbourne, brisbane, perth, adelaide, canberra'],
  ['new zealand', 'auckland, wellington, christchurch'],
  ['uae/united arab emirates/emirates', 'dubai, abu dhabi'],
  ['saudi arabia', 'riyadh, jeddah'],
  ['iran', 'tehran'],
];

/** Each row: a region's names, then the countries and cities in it (any one spelling of each). */
const REGIONS: readonly [names: string, members: string][] = [
  [
    'europe/european union',
    'united kingdom, ireland, germany, france, spain, portugal, italy, netherlands, belgium, switzerland, austria, poland, sweden, norway, denmark, finland, ukraine, romania, greece, moscow, saint petersburg',
  ],
  ['latam/latin america/south america', 'brazil, argentina, mexico, colombia, chile, peru'],
  [
    'apac/asia pacific/asia',
    'india, bangladesh, pakistan, sri lanka, nepal, japan, south korea, china, taiwan, singapore, vietnam, indonesia, philippines, malaysia, thailand, australia, new zealand',
  ],
  [
    'bay area/sf bay area/san francisco bay area/silicon valley',
    'san francisco, palo alto, mountain view, oakland, berkeley, sunnyvale, san jose',
  ],
  ['north america', 'united states, canada, mexico'],
];

const spellings = (names: string) => names.split('/').map((n) => foldText(n));

/** Folded name → every name that stands for the same place or lies in it. */
const WITHIN = new Map<string, string[]>();
for (const [country, cities] of COUNTRIES) {
  const cityRows = cities.split(', ').filter(Boolean).map(spellings);
  const countryNames = spellings(country);
  for (const name of countryNames) WITHIN.set(name, [...countryNames, ...cityRows.flat()]);
  for (const row of cityRows) for (const name of row) if (!WITHIN.has(name)) WITHIN.set(name, row);
}

// A region stands for its own names and every name of the places in it ("who's in europe" finds "München").
for (const [region, members] of REGIONS) {
  const names = spellings(region);
  const within = members.split(', ').flatMap((m) => WITHIN.get(foldText(m)) ?? []);
  for (const name of names) WITHIN.set(name, [...names, ...new Set(within)]);
}

/** The names a place goes by, and those of the cities in it when it is a country; the name alone if unknown. */
export function placeNames(place: string): string[] {
  const folded = foldText(place);
  return WITHIN.get(folded) ?? WITHIN.get(nominative(folded)) ?? [folded];
}

/** Russian names a place in the locative: "в москве", "в берлине" ask for Москва and Берлин. */
function nominative(folded: string): string {
  const stem = folded.match(/^([\p{Script=Cyrillic} ]+)е$/u)?.[1];
  if (!stem) return folded;
  return WITHIN.has(`${stem}а`) ? `${stem}а` : stem;
}

/** Whether the place is one of the table's countries or cities (any spelling). */
export const isKnownPlace = (place: string): boolean => WITHIN.has(nominative(foldText(place)));

/** Whether a text names one of the table's places as a capitalised word or words ("Lives in Lisbon", "SF"). */
export function namesKnownPlace(text: string): boolean {
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]);
  for (let i = 0; i < words.length; i++) {
    if (!/^[\p{Lu}\p{Lo}]/u.test(words[i]!)) continue;
    // Names of up to four words ("united states of america"), each tried from this word.
    for (let n = 1; n <= 4 && i + n <= words.length; n++)
      if (WITHIN.has(foldText(words.slice(i, i + n).join(' ')))) return true;
  }
  return false;
}
