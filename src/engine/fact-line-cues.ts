// Cues of the lines that state where someone is based, what they are learning and what they studied,
// how long they have coded, their focus and what they build
// ("📍 Lisbon", "location: Izmir", "Engineer at Booksy in Warsaw", "🌱 Was ich gerade lerne", "Studies - …"),
// and whether a headline may name a place.
import { HUMAN_LANGUAGES } from '../profiles/vocabulary/human-languages.js';
import { isKnownSkill, isPlatform } from '../profiles/vocabulary/skill-aliases.js';
import { ROLE_WORD } from '../search/role-titles.js';

/** "based in", "📍", and the same said in other languages ("東京在住", "живу в Казани", "moro em Recife"). */
export const LIVES =
  /\b(?:based (?:in|out of)|(?:live|living|lives|reside|residing|located|settled) in(?! (?:production|prod|staging|beta|the (?:app|play) store)\b)|moved to|relocated to|home is|hometown)\b|📍|在住|现居|現居|거주|住んで|住在|(?:^|[^\p{L}])(?:живу в|проживаю в|vivo em|moro em|vivo en|resido en|wohne in|ich lebe in|j'habite|abito a|mieszkam w)(?![\p{L}])/iu;
/** "Born and raised in Red Hook", "originally from Lagos": where someone comes from, not where they live now. */
export const ORIGIN =
  /\b(?:born and raised in|born in|raised in|grew up in|originally from|home ?town)\b|(?:^|[^\p{L}])(?:nascid[oa] em|nacid[oa] en|geboren in|n[ée]e? [àa])(?![\p{L}])|\p{Script=Han}{2,8}出身|出身(?:地|は)|老家|고향/iu;
/**
 * "Moscow-based data engineer", "Lisbon-based", "in the San Francisco Bay Area": a place said as an
 * adjective or an area. Never a technology ("React-based") nor an employer ("at a London-based fintech").
 */
export const PLACE_BASED = {
  test: (line: string): boolean => {
    const text = line.slice(0, MAX_BASED_LINE);
    const area = AREA.exec(text);
    // "worked at Lawrence Berkeley National Laboratory in the San Francisco Bay Area": the job's place.
    if (area && !AT_ORG.test(text.slice(0, area.index))) return true;
    return [...text.matchAll(BASED)].some(
      (m) =>
        !isKnownSkill(m[2]!) &&
        !isPlatform(m[2]!) &&
        // "Moscow-based data engineer", "I'm Lisbon-based"; not "internships (remote or Lagos-based)".
        (m[1] !== undefined || ROLE_WORD.test(text.slice(m.index + m[0].length).slice(0, 40))),
    );
  },
};
const BASED =
  /(?<!\b(?:at|for|with|joined|of) (?:a|an|the) )(?<![\p{L}\p{N}-])(\b(?:I['’]m|I am|am|currently|now) )?(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)-based\b/gu;
const AREA = /\bin the (?:\p{Lu}[\p{L}.]* ){1,3}[Aa]rea\b/u;
const AT_ORG = /\b(?:at|@|worked|work|works|working|interned)\b/iu;
const MAX_BASED_LINE = 300;
/** "location: Tokat, Turkey", "**Localização:** Recife": a labelled line. */
export const LOCATION_LABEL =
  /^[^\p{L}]{0,4}(?:location|based(?: in)?|city|home ?town|localiza[çc][ãa]o|ubicaci[óo]n|localisation|standort|wohnort)\b[*_]{0,2}\s*[:：]/iu;
/** "Backend engineer from Accra, now in Lisbon": where someone is now, in a subtitle or tagline. */
export const NOW_IN = /\b(?:[Nn]ow|[Cc]urrently) (?:in|based in|living in) \p{Lu}/u;
/** "Frontend engineer at Booksy in Warsaw, Poland": where the job they hold is. */
export const AT_ORG_IN =
  /(?<![^\s(])(?:at |@ ?)\p{Lu}[\p{L}\p{N}&.'-]*(?: \p{Lu}[\p{L}\p{N}&.'-]*){0,3} in \p{Lu}\p{Ll}/u;
/** "I'm a developer from Colombia", a flag emoji: where someone is from, when no line says where they live. */
export const FROM = {
  test: (line: string) => (FIRST_PERSON.test(line) && FROM_PLACE.test(line)) || FLAG.test(line),
};
/** Whether a line says where someone is from only by a flag ("🇺🇸 Housing prices - Boston, USA"). */
export const onlyFlag = (line: string): boolean =>
  FLAG.test(line) && !(FIRST_PERSON.test(line) && FROM_PLACE.test(line));
/** Lines of a list each under a flag of a different country: projects or trips by country, not a home. */
export function flagList(texts: readonly string[]): boolean {
  const flags = new Set<string>();
  for (const text of texts) {
    const flag = FLAG.exec(text);
    if (flag) flags.add(flag[0]);
    if (flags.size >= 2) return true;
  }
  return false;
}
/** "A full stack web developer from Kazakhstan", "<h3>A Passionate Developer From Bangladesh</h3>": a role from a place. */
export const ROLE_FROM = {
  test: (line: string) => ROLE_WORD.test(line) && ROLE_FROM_PLACE.test(line),
};
export const FIRST_PERSON = /\b(?:I['’]m|I am|Im)\b/i;
/** Not "I did my engineering from IIT Delhi", "graduated from MIT": where someone studied is not where they are from. */
const FROM_PLACE =
  /(?<!\b(?:[Gg]raduated|[Gg]raduate|[Dd]egree|[Ss]tudies|[Ss]tudied|[Ee]ngineering|[Dd]iploma|[Bb]achelors?|[Bb]achelor's|[Mm]asters?|[Mm]aster's|Ph\.?D|B\.?Tech|M\.?Tech|B\.?Sc|M\.?Sc|MBA) )\bfrom \p{Lu}/u;
const ROLE_FROM_PLACE =
  /(?<!\b(?:[Gg]raduated|[Gg]raduate|[Dd]egree|[Ss]tudies|[Ss]tudied|[Ee]ngineering|[Dd]iploma|[Bb]achelors?|[Bb]achelor's|[Mm]asters?|[Mm]aster's|Ph\.?D|B\.?Tech|M\.?Tech|B\.?Sc|M\.?Sc|MBA) )\b[Ff]rom \p{Lu}/u;
const FLAG = /[\u{1F1E6}-\u{1F1FF}]{2}/u;
export const LEARNS =
  /🌱|\blearning (?:more )?(?:about|to)\b|\b(?:(?:ich|gerade|derzeit|aktuell) lerne|lerne ich|aprendiendo|aprendendo|j'apprends|en train d'apprendre)\b/iu;
/** "**📚 Currently learning:** Kubernetes", "🌱 I'm currently learning: Rust": a labelled line says it before a 🌱 heading. */
export const LEARNING_LABEL =
  /^[^\p{L}]{0,6}(?:(?:what )?(?:i['’]m|i am|im) )?(?:(?:currently|now|still) )?learning(?: (?:now|right now|currently))?[*_]{0,2}\s*[:：]/iu;
/** "I'm currently studying Computer Science": studying now is learning too, when nothing else says it. */
export const STUDIES_NOW = /\b(?:(?:currently|now) studying|studying (?:right )?now)\b/iu;
/** "🔭 Studies - The Hong Kong Polytechnic University", "Education: …": a labelled line. */
export const STUDIES_LABEL =
  /^[^\p{L}]{0,4}(?:studies|education|university|alma mater|formação|formacion|formación|ausbildung|studium)\s*[-–—:：]/iu;
export const STUDIES =
  /\b(?:student|studying|studied|graduated|graduate of|degree in|bachelor'?s?|master'?s?|ph\.?d|b\.?sc|m\.?sc|b\.?tech|m\.?tech|major(?:ing)? in|cursando|estudando|estudiando|estudo|estudio|graduando|gradua[çc][ãa]o em|licenciatura|studiere|[ée]tudiant(?:e)?|studente(?:ssa)?|faculdade|universidad|universidade|université|universität|mes [ée]tudes|apprentie? ing[ée]nieur|en alternance|alternant(?:e)?)(?![\p{L}])/iu;
/**
 * Study said in Chinese, Japanese or Korean ("防衛大学校 情報工学科を卒業", "硕士在读", "컴퓨터공학과 졸업"), or a
 * degree said as a title ("Soy Ingeniero en Tecnologías…"): read after the lines STUDIES finds.
 */
export const STUDIES_OTHER =
  /大学|大學|卒業|学部|学科|専攻|在学|毕业|本科|硕士|博士|研究生|在读|就读|대학교|대학원|졸업|전공|학과|학사|석사|(?:^|[^\p{L}])(?:soy|sou) (?:ingenier[oa]|engenheir[oa]|licenciad[oa]|bacharel|t[ée]cnic[oa]) (?:en|em|de)(?![\p{L}])/iu;
/** "AI Engineering @ UniEVANGÉLICA", "Stanford University": a line naming a place of study, read last. */
export const SCHOOL_NAMED = {
  test: (line: string): boolean => SCHOOL.test(line),
  lineOnly: true,
};
const SCHOOL =
  /\b(?:[Uu]niversity|[Cc]ollege|[Ii]nstitute of|[Pp]olytechnic|Hochschule|Politecnico)\b|\bUni\p{Lu}\p{L}/u;

/** "for almost more than 10 years", "5+ yrs of experience", "over a decade", "9년차": a length of time in years. */
const YEARS =
  /\b(?:\d{1,2}\+?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|a few|several|many) (?:years?|yrs?)\b|\bdecades?\b|[0-9０-９]{1,2}\+? ?(?:лет|года?|años|anos|jahren?|ans|년차|년|年目|年)(?![\p{L}])/iu;
/** "I'm 20 years old", "tenho 20 anos": an age, never how long someone has coded. */
const AGE =
  /\b(?:years? old|(?:tenho|tengo|ho|j'ai) \d{1,2} (?:anos|años|anni|ans)|bin \d{1,2} jahre alt)\b|мне \d{1,2} (?:лет|года?)/iu;
/** "coding since 2012", "programming since I was 12": since when, with a word about the work. */
const SINCE = /\bsince (?:(?:19|20)\d\d|i was|childhood|high school|school|college)\b/i;
const CODING =
  /\b(?:programm|coding|code|develop|software|engineer|experience|tech|industry|hack|build|computer|backend|frontend|erfahrung|entwickl|experiencia|experiência|desarroll|desenvolv|développ|expérience)|разработ|программ|опыт|개발|経験|開発|プログラミング|プログラマ|エンジニア歴|コーディング|编程|编码|코딩|프로그래밍/iu;
export const YEARS_CODING = {
  test: (line: string) => (YEARS.test(line) || SINCE.test(line)) && CODING.test(line) && !AGE.test(line),
};

/** 🔭 only before the template's own words: "🔭 Studies - …" is another label. */
export const FOCUS =
  /\b(?:current ?focus|focus(?:ed|ing)? on|currently working on|main focus|(?:i )?speciali[sz]e in|speciali[sz]ing in)\b|🔭\s*(?:i['’]?m|i am|currently|working|building|focus)/iu;

/** "I maintain dq-lite", "author of …", "my side project": what someone makes outside a job, in a sentence. */
export const BUILDS =
  /\b(?:i (?:maintain|co-maintain)|i'm maintaining|maintainer of|author of|creator of|side projects?|open[- ]source (?:library|project|tool|package|app)s?|my (?:own )?(?:library|libraries|package|packages))\b/i;

// Role words are read when a profile is indexed (search/role-titles.ts): defined there, used here too.
export { ROLE_WORD };

/** Labels of a row of links ("Website · Publications · CV"): never a place. */
const LINK_WORD =
  /^(?:website|web|site|blog|cv|resume|résumé|portfolio|publications?|papers?|home|about(?: me)?|contact|email|e-mail|projects?|talks?|google scholar|scholar|x)$/i;
/** "… in Hamburg", "from Galway": a place word in any headline sentence. */
const IN_PLACE = /\s(?:in|from|aus|em|en|à|na|no) (\p{Lu}\p{Ll}[\p{L}-]*)/gu;
/** Places after "in" looked at in one headline. */
const MAX_PLACES = 8;

/**
 * Whether a headline may say where someone is: a part between separators that is only capitalised words
 * and neither a role nor a technology ("Mobile engineer · Lisbon", "Dev, Porto"); not "Software Engineer |
 * Backend Developer", "About Me" or "Pronouns: He/His".
 */
export function mayNamePlace(headline: string): boolean {
  // "… in Hamburg", never "proficiency in TypeScript" or "fluent in English".
  const places = [...headline.matchAll(IN_PLACE)].slice(0, MAX_PLACES).map((m) => m[1]!);
  if (places.some((w) => !isKnownSkill(w) && !HUMAN_LANGUAGES.has(w.toLowerCase()))) return true;
  const parts = headline.split(/\s[|·•–—-]\s|[,.!?]\s|｜/);
  if (parts.length < 2) return false;
  return parts.some((raw) => {
    const part = raw.replace(/[^\p{L}\p{N}\s.'-]/gu, '').trim();
    const words = part.split(/\s+/);
    return (
      part.length > 1 &&
      words.length <= 4 &&
      words.every((w) => /^\p{Lu}/u.test(w)) &&
      // "ONE PACKET AT A TIME" is a slogan; "English" a language.
      /\p{Ll}/u.test(part) &&
      !HUMAN_LANGUAGES.has(part.toLowerCase()) &&
      // "Python-разработчик", "Java-Entwickler": a technology's developer.
      !isKnownSkill(part.split('-')[0]!) &&
      !ROLE_WORD.test(part) &&
      !isKnownSkill(part) &&
      !isPlatform(part) &&
      !LINK_WORD.test(part) &&
      !/[:/]/.test(raw)
    );
  });
}
