// Employers written in another script ("네이버", "腾讯", "ヤフー", "Яндекс"): the other names a person asking
// "who works at tencent" would expect to find, and how a name in a script without spaces is read in a line
// ("目前在腾讯工作", "네이버에서 일하고 있습니다": no space and no capital mark a name there).
import { foldText } from '../text/fold-text.js';

/** Each row: one employer's names, "/"-separated (only employers widely known under several scripts). */
const EMPLOYERS: readonly string[] = [
  'naver/네이버',
  'kakao/카카오',
  'samsung/삼성/삼성전자',
  'coupang/쿠팡',
  'toss/토스',
  'tencent/腾讯',
  'alibaba/阿里巴巴/阿里',
  'bytedance/字节跳动/字节',
  'baidu/百度',
  'huawei/华为',
  'meituan/美团',
  'xiaomi/小米',
  'netease/网易',
  'jd/jd com/京东',
  'yahoo/ヤフー',
  'rakuten/楽天',
  'sony/ソニー',
  'mercari/メルカリ',
  'cyberagent/サイバーエージェント',
  'google/구글/谷歌/グーグル/гугл',
  'microsoft/마이크로소프트/微软/マイクロソフト',
  'amazon/아마존/亚马逊/アマゾン',
  'yandex/яндекс',
  'sber/sberbank/сбер/сбербанк',
  'kaspersky/касперский',
  'tinkoff/тинькофф/t bank/т банк',
];

/** Renamed companies, the new name first: a job at Facebook in 2013 was at today's Meta, but a job at
 *  "Meta" may be after the rename, so asking for the old name finds only the old name. */
const RENAMED: Readonly<Record<string, readonly string[]>> = {
  meta: ['facebook'],
  'meta platforms': ['facebook'],
};

/** A company's parts and owners: asking for Amazon finds AWS, for Alphabet finds Google; asking for AWS
 *  finds only AWS (a job at Amazon retail is not one at AWS). */
const INCLUDES: Readonly<Record<string, readonly string[]>> = {
  amazon: ['aws', 'amazon web services'],
  aws: ['amazon web services'],
  'amazon web services': ['aws'],
  alphabet: ['google'],
  'google cloud': ['gcp'],
};

/** What a company's people are called ("any ex-googlers?"): the company. */
const STAFF_NAMES: Readonly<Record<string, string>> = {
  googler: 'google',
  googlers: 'google',
  xoogler: 'google',
  xooglers: 'google',
  amazonian: 'amazon',
  amazonians: 'amazon',
  microsoftie: 'microsoft',
  microsofties: 'microsoft',
  metamate: 'meta',
  metamates: 'meta',
};

/** "googlers" → "google"; any other name as asked. */
export const employerAsked = (employer: string): string => STAFF_NAMES[foldText(employer)] ?? employer.trim();

/** A name as written (searched for, and looked for in raw text) and folded (compared with folded text). */
export interface EmployerName {
  written: string;
  folded: string;
}

const OTHERS = new Map<string, EmployerName[]>();
for (const row of EMPLOYERS) {
  const names = row.split('/').map((written) => ({ written, folded: foldText(written) }));
  for (const name of names) OTHERS.set(name.folded, names);
}

/** The names an employer goes by: as asked first, then its names in other scripts. */
export function employerNames(employer: string): EmployerName[] {
  const written = employerAsked(employer);
  const asked = { written, folded: foldText(written) };
  const others = OTHERS.get(asked.folded) ?? [];
  const more = [...(RENAMED[asked.folded] ?? []), ...(INCLUDES[asked.folded] ?? [])].map((name) => ({
    written: name,
    folded: foldText(name),
  }));
  return [asked, ...others.filter((n) => n.folded !== asked.folded), ...more];
}

/** Han, kana and hangul: a name in them is written without capitals, often without spaces around it. */
export const UNSPACED_NAME = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;

/** Words of these scripts that say someone works or worked somewhere ("在…工作", "…で働いて", "…에서 일하고"). */
const WORK_CUE =
  /工作|上班|任职|就职|实习|供职|担任|从事|负责|做|働|勤め|勤務|在籍|インターン|일하|일했|근무|재직|다니|인턴|работа|стажир/u;

/** Words right before a name that say someone works there: "目前在字节跳动…", "就职于腾讯", "入职字节" (never "住在"). */
const AT_WORK_BEFORE = /(?:(?:目前|现在|现|曾经|曾|之前|以前|正)在|就职于|就职|任职于|供职于|入职|加入)$/u;
/** A clause ends here: a work word after it is about something else. */
const CLAUSE_END = /[。，,.!?！？；;、\n]/u;

/**
 * Whether a line names an employer written in an unspaced script (as written) next to a word about working
 * there, in the same clause ("在腾讯工作", "ヤフーで働いて", "카카오에서 백엔드 개발자로 일하고"): "坐标深圳"
 * beside "在腾讯工作" names no employer.
 */
export function unspacedWorkplace(line: string, written: string): boolean {
  const at = line.indexOf(written);
  if (at < 0) return false;
  const end = at + written.length;
  const clause = line.slice(end, end + 16).split(CLAUSE_END)[0] ?? '';
  return WORK_CUE.test(clause) || AT_WORK_BEFORE.test(line.slice(Math.max(0, at - 5), at));
}
