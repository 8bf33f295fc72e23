// parsePeriod: finds a date range ("2019–2023", "Jan 2020 - Present", "(2021)") in a line of text.

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,8}\\.?';
// Years 1800–2099: historical profiles (Ada Lovelace, 1842–1843) have periods too.
// "2023/07", "07/2023" and "2023-07" are points too (the month must not run into more digits: "2019-2023").
const MM = '(?:0?[1-9]|1[0-2])';
const POINT = `(?:${MONTH}\\s+|${MM}[/.])?(?:1[89]|20)\\d{2}(?:[/.-]${MM}(?!\\d))?`;
/** "2023, July": the year first, as some résumés write it, read as "July 2023" (a month word only). */
const YEAR_FIRST = /\b((?:1[89]|20)\d\d),\s?([a-z]{3,9}\.?)(?![a-z])/gi;
const MONTH_WORD = new RegExp(`^${MONTH}$`, 'i');
const END = `(?:${POINT}|present|now|current|today|ongoing|actual|heute|hoy|aujourd'hui|atual)`;
const RANGE = new RegExp(`(${POINT})\\s*(?:–|—|-|to|until|bis|a|à|até)\\s*(${END})`, 'i');
/** Month names of Russian, Spanish and Portuguese résumés the English stems above miss ("Ноябрь 2022 —
 *  настоящее время", "Agosto de 2019 - Diciembre 2021"): a range that starts with one, tried first (RANGE
 *  would take the year alone). */
const OTHER_MONTH =
  '(?:(?:янв|фев|мар|апр|июн|июл|авг|сен|окт|ноя|дек)[а-яё]{0,8}|ма[йя]|enero|febrero|marzo|abril|mayo|junio|julio|' +
  'agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro)';
const OTHER_POINT = `${OTHER_MONTH}\\s(?:de\\s)?(?:1[89]|20)\\d{2}`;
const OTHER_RANGE = new RegExp(
  `(${OTHER_POINT})\\s?[–—-]\\s?(${OTHER_POINT}|(?:1[89]|20)\\d{2}|present|actual|atual|hoy)`,
  'i',
);
/** French, German and Italian month names, and months cut short the way Portuguese, Spanish and French
 *  résumés write them ("Janvier 2018 – Août 2021", "Dezember 2019 - Oktober 2021", "Set/2024 – Jan/2025",
 *  "janv. 2019 – févr. 2020"); whole words only ("Maintainer 2019" names no month). Kept apart from
 *  OTHER_RANGE so that each stays small enough for the regex checker to prove linear. */
const LATIN_MONTH =
  '\\b(?:janv(?:ier)?|f[ée]vr?(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t|sept(?:embre)?|oct(?:obre)?|' +
  'nov(?:embre)?|d[ée]c(?:embre)?|januar|februar|m[äa]rz|april|juni|juli|august|september|oktober|okt|dezember|dez|' +
  'gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|gen|mag|giu|lug|ott|fev|abr|ago|set|out|' +
  'ene|dic|jan|feb|mar|apr|may|jun|jul|aug|sep)(?![a-zà-ÿ])';
const LATIN_POINT = `${LATIN_MONTH}\\.?[\\s/](?:1[89]|20)\\d{2}`;
const LATIN_RANGE = new RegExp(
  `(${LATIN_POINT})\\s?[–—-]\\s?(${LATIN_POINT}|(?:1[89]|20)\\d{2}|present|heute|aujourd'hui)`,
  'i',
);
/** "2021 — настоящее время", "2020 – oggi", "2019.03 - 至今", "2017 по 2020", "2018 al 2020": the present and
 *  "to" in more languages, read as "present" and "-" before the range is matched (the range pattern stays as
 *  proved linear). Only lines with one of their first letters are rewritten. */
const NOW_WORDS =
  /(?:по\s)?настоящее\sвремя|н\.\s?в\.|сейчас|теперішній\sчас|至今|现在|現在|현재|at[ée]\s(?:o\smomento|hoje|agora|(?:os\s)?dias\s(?:de\s)?hoje)|présent(?![a-z])|en\scours|à\sce\sjour|\b(?:oggi|attuale|presente|jetzt|obecnie|sekarang)\b/gi;
const OTHER_TO = /(?<=\d)\s(?:по|al|hasta)\s(?=\d|\p{L})/gu;
const MAY_REWRITE =
  /[\u0400-\u04ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]|oggi|attuale|presente|jetzt|obecnie|sekarang|momento|hoje|agora|présent|en\scours|ce\sjour|\d\s(?:al|hasta)\s/i;

/** "2020〜現在": the wave dash (and its full-width form) of Japanese ranges, with "now" after it. */
const WAVE_RANGE = /[〜～]\s*(?:現在|至今|现在|현재)?/g;
const SINGLE = new RegExp(`\\((${POINT})\\)|\\b(?:since|seit|desde|depuis)\\s+(${POINT})`, 'i');
/** "(2019-)": a range left open, meaning to the present. */
const OPEN = new RegExp(`\\((${POINT})\\s*[–—-]\\s*\\)`, 'i');
/** Every pattern above needs a year: most lines have none, and this one cheap scan says so. */
const YEAR = /1[89]\d\d|20\d\d/;

export interface PeriodMatch {
  period: string;
  /** The text with the period (and its brackets or joining punctuation) removed. */
  rest: string;
  /** The text before and after the period ("Acme (2019–2021) Engineer": "Acme", "Engineer"). */
  before: string;
  after: string;
}

const trimJoin = (text: string) =>
  text
    .replace(/\(\s*\)|\[\s*\]/g, '')
    .replace(/(?<!\s)\s*[,|·•—–-]\s*$/, '')
    .replace(/^\s*[,|·•—–-]\s*/, '')
    .replace(/\s{2,}/g, ' ')
    .trim();

/** "2022 年 ~ 2024 年", "2019年3月", "2019년 6월": the year and month marks of Japanese, Chinese and Korean dates ("2019.3"), and
 *  the ASCII tilde between two of them. */
const YEAR_MONTH = /((?:1[89]|20)\d\d)\s?[年년]\s?(\d{1,2})\s?[月월]/g;
const YEAR_MARK = /(?<=(?:1[89]|20)\d\d)\s?[年년]/g;
const TILDE = /(?<=\d)\s?~\s?(?=\d|present)/g;

function rewritten(text: string): string {
  return text
    .replace(NOW_WORDS, 'present')
    .replace(OTHER_TO, ' - ')
    .replace(YEAR_MONTH, '$1.$2')
    .replace(YEAR_MARK, '')
    .replace(TILDE, ' - ');
}

/** "(6 M)", "| 1 год 3 месяца", "· 2 yrs 1 mo": how long the job lasted, written after its dates. */
const DURATION =
  /^\s?[|·•,(]?\s?\d{1,2}\s?(?:y|yrs?|years?|m|mos?|months?|год|года|лет|мес|месяц|месяца|месяцев|años?|anos?|meses|mes|ans?|mois|jahre?|monate?|년|개월)\.?(?:,?\s(?:and\s|и\s|y\s|e\s|et\s|und\s)?\d{1,2}\s?(?:m|mos?|months?|мес|месяц|месяца|месяцев|meses|mes|mois|monate?|개월)\.?)?\s?\)?(?![\p{L}\d])/iu;

/** The match that starts first; the first given on a tie (RANGE would take an other-language range's year alone). */
function firstOf(other: RegExpExecArray | null, plain: RegExpExecArray | null): RegExpExecArray | null {
  if (other === null || plain === null) return other ?? plain;
  return plain.index < other.index ? plain : other;
}

export function parsePeriod(written: string): PeriodMatch | null {
  if (!YEAR.test(written)) return null;
  const waved =
    written.includes('〜') || written.includes('～')
      ? written.replace(WAVE_RANGE, (dash) => (dash.trim().length > 1 ? ' - present' : '-'))
      : written;
  const yearFirst = waved.includes(',')
    ? waved.replace(YEAR_FIRST, (all, year: string, month: string) =>
        MONTH_WORD.test(month) ? `${month} ${year}` : all,
      )
    : waved;
  const text = MAY_REWRITE.test(yearFirst) ? rewritten(yearFirst) : yearFirst;
  const range = firstOf(firstOf(OTHER_RANGE.exec(text), LATIN_RANGE.exec(text)), RANGE.exec(text));
  const open = range ? null : OPEN.exec(text);
  const single = range || open ? null : SINGLE.exec(text);
  const match = range ?? open ?? single;
  if (!match) return null;
  const period = range
    ? `${range[1]} – ${range[2]}`
    : open
      ? `${open[1]} – present`
      : (single![1] ?? `since ${single![2]}`);
  const bracketed = /[([]\s*$/.test(text.slice(0, match.index));
  const before = text.slice(0, match.index).replace(/[([]\s*$/, '');
  // The bracket may hold more than the dates: "(2021/07-2023/05; 1 year 10 months)".
  const after = text
    .slice(match.index + match[0].length)
    .replace(bracketed ? /^[^()[\]]{0,60}[)\]]/ : /^$/, '')
    .replace(DURATION, '');
  const rest = trimJoin(`${before} ${after}`.replace(/\s+/g, ' '));
  return { period: period.replace(/\s+/g, ' '), rest, before: trimJoin(before), after: trimJoin(after) };
}
