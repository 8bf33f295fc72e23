// jaKoJobs: employers a Japanese or Korean sentence states by a company's legal form or a work verb —
// "トヨクモ株式会社でフルスタックエンジニアとして", "株式会社ミドリで働いています", "Acme Inc.で働いています",
// "Kakao에서 일하고 있습니다", "(주)누리에 재직 중" — never a place or a team ("東京のオフィスで働いています").

// A company by its legal form: Katakana or Latin name before 株式会社/合同会社, or any name after 株式会社.
const JA_COMPANY =
  /(?:株式会社|合同会社)\s?([\p{Script=Katakana}\p{Script=Han}ー・A-Za-z0-9&.-]{1,20})|([\p{Script=Katakana}ー・A-Za-z0-9&.-]{1,20})\s?(?:株式会社|合同会社)/gu;
// What the company is to the author, right after it: "で働いて", "に所属", "のエンジニア", "でインターン".
const JA_JOB =
  /^\s?(?:で|に|の|にて)\s?(?:働|勤務|勤め|所属|在籍|入社|就職|エンジニア|インターン|開発|デザイナー|CTO|CEO|代表|社員|リード|マネージャ|フルスタック|シニア|プログラマ)/u;
// "Acme Inc.で働いています", "Mercariで働いています": a Latin name and a work verb.
const JA_LATIN = /([A-Z][\w&.-]{1,30}(?:\s[A-Z][\w&.-]{0,30}){0,3})\s?(?:で働|に勤務|に所属|に在籍|に入社)/gu;
// Korean: a Latin name, or a registered company ("(주)누리", "주식회사 누리"), before 에서/에 and a work word.
const KO_LATIN = /([A-Z][\w&.-]{1,30})\s?(?:에서|에)\s?(?:일하|근무|재직)/gu;
const KO_REGISTERED =
  /(?:\(주\)|주식회사\s?)([\p{Script=Hangul}A-Za-z0-9]{2,20})\s?(?:에서|에)\s?(?:일하|근무|재직)/gu;

export interface JaKoJob {
  title: string | null;
  organization: string;
}

/** Lines that may state a job this way (one cheap test before the patterns above). */
export const JA_KO_JOB_HINT = /株式会社|合同会社|で働|に勤務|に所属|に在籍|に入社|에서|재직|근무/u;

/** Every employer one Japanese or Korean line states. */
export function jaKoJobs(text: string): JaKoJob[] {
  if (!JA_KO_JOB_HINT.test(text)) return [];
  const out: JaKoJob[] = [];
  const push = (raw: string | undefined) => {
    const organization = raw?.trim();
    if (organization && organization.length >= 2 && !out.some((j) => j.organization === organization))
      out.push({ title: null, organization });
  };
  for (const match of text.matchAll(JA_COMPANY)) {
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 24);
    if (JA_JOB.test(after)) push(match[0].trim());
  }
  for (const match of text.matchAll(JA_LATIN)) push(match[1]);
  for (const match of text.matchAll(KO_LATIN)) push(match[1]);
  for (const match of text.matchAll(KO_REGISTERED)) push(match[1]);
  return out;
}
