// jaKoJobs: employers a Japanese or Korean sentence states by a company's legal form or a work verb —
// "トヨクモ株式会社でフルスタックエンジニアとして", "株式会社ミドリで働いています", "Acme Inc.で働いています",
// "Kakao에서 일하고 있습니다", "(주)누리에 재직 중" — never a place or a team ("東京のオフィスで働いています").
// Names are read outward from the keyword, a bounded number of characters, so every scan stays linear.

const LEGAL_FORM = /株式会社|合同会社/gu;
const KANA_LATIN = /[\p{Script=Katakana}ー・A-Za-z0-9&.-]/u;
const AFTER_FORM = /^[\p{Script=Katakana}\p{Script=Han}ー・A-Za-z0-9&.-]{1,20}/u;
// What the company is to the author, right after it: "で働いて", "に所属", "のエンジニア", "でインターン".
const JA_JOB =
  /^\s?(?:で|に|の|にて)\s?(?:働|勤務|勤め|所属|在籍|入社|就職|エンジニア|インターン|開発|デザイナー|CTO|CEO|代表|社員|リード|マネージャ|フルスタック|シニア|プログラマ)/u;
// "Mercariで働いています", "Acme Inc.に所属": a Latin name right before a work verb.
const JA_WORK = /で働|に勤務|に所属|に在籍|に入社/gu;
const LATIN = /[\w&.-]/;
// Korean: a Latin name, or a registered company ("(주)누리", "주식회사 누리"), before 에서/에 and a work word.
const KO_WORK = /(?:에서|에)\s?(?:일하|근무|재직)/gu;
const KO_REGISTERED = /\(주\)|주식회사/gu;
const KO_NAME = /^\s?([\p{Script=Hangul}A-Za-z0-9]{2,20})\s?(?:에서|에)\s?(?:일하|근무|재직)/u;

export interface JaKoJob {
  title: string | null;
  organization: string;
}

/** Lines that may state a job this way (one cheap test before the scans below). */
export const JA_KO_JOB_HINT = /株式会社|合同会社|で働|に勤務|に所属|に在籍|に入社|에서|재직|근무/u;

/** The run of characters `isChar` accepts that ends at `end` (one space before `end` skipped), at most `max`. */
function runBefore(text: string, end: number, isChar: RegExp, max: number): string {
  let stop = end;
  if (text[stop - 1] === ' ') stop--;
  let i = stop;
  while (i > 0 && stop - i < max && isChar.test(text[i - 1]!)) i--;
  return text.slice(i, stop);
}

/** Trailing capitalised words of a Latin run ("I love Acme Inc." → "Acme Inc."), at most four. */
function capitalisedTail(run: string): string {
  const words = run.split(' ');
  let start = words.length;
  while (start > 0 && words.length - start < 4 && /^[A-Z]/.test(words[start - 1]!)) start--;
  return words.slice(start).join(' ');
}

/** Every employer one Japanese or Korean line states. */
export function jaKoJobs(raw: string): JaKoJob[] {
  const text = raw.length > 1000 ? raw.slice(0, 1000) : raw;
  if (!JA_KO_JOB_HINT.test(text)) return [];
  const out: JaKoJob[] = [];
  const push = (name: string) => {
    const organization = name.trim();
    if (organization.length >= 2 && !out.some((j) => j.organization === organization))
      out.push({ title: null, organization });
  };
  for (const form of text.matchAll(LEGAL_FORM)) {
    const end = form.index + form[0].length;
    const before = runBefore(text, form.index, KANA_LATIN, 20);
    if (before) {
      if (JA_JOB.test(text.slice(end, end + 24))) push(`${before}${form[0]}`);
      continue;
    }
    const rest = text.slice(end, end + 60).replace(/^\s/, '');
    const name = AFTER_FORM.exec(rest)?.[0];
    if (name && JA_JOB.test(rest.slice(name.length, name.length + 24))) push(`${form[0]}${name}`);
  }
  for (const work of text.matchAll(JA_WORK))
    push(capitalisedTail(runBefore(text, work.index, /[\w&. -]/, 60).trim()));
  for (const work of text.matchAll(KO_WORK)) {
    const run = runBefore(text, work.index, LATIN, 31);
    const capital = run.search(/[A-Z]/);
    if (capital >= 0) push(run.slice(capital));
  }
  for (const form of text.matchAll(KO_REGISTERED)) {
    const name = KO_NAME.exec(text.slice(form.index + form[0].length, form.index + form[0].length + 40));
    if (name) push(name[1]!);
  }
  return out;
}
