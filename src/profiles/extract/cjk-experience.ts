// cjkJobs: employers a Chinese sentence states — "前腾讯、百度工程师" (formerly Tencent/Baidu engineer),
// "现就职于猿辅导", "先后在腾讯和百度从事研发", "创立 鱼鸢网络 公司" — never a place ("在北京工作") or a
// plain "前端" (front-end).

/** Words that start the role after an employer: "腾讯全栈开发" is 腾讯 + 全栈开发. */
const ROLE_START =
  /全栈|前端|后端|客户端|移动端|工程师|开发|研发|架构|专家|负责人|程序员|员工|设计|技术|算法|总监|经理|实习|讲师|布道|产品|高级|资深|首席|主管|顾问|研究员|测试|运维|数据|打工人|码农|[A-Za-z]/u;
/** Places and vague words that follow "在" or "就职于" without being an employer, and the verbs after a
 *  progressive "正在" ("我正在寻找实习机会": looking for an internship, at no one). */
const NOT_ORG =
  /^(?:北京|上海|深圳|广州|杭州|成都|南京|武汉|西安|苏州|厦门|香港|台湾|台北|日本|美国|国内|国外|海外|外企|大厂|互联网|一家|某|这|那|家|公司|企业|学校|大学|寻找|寻求|找|学习|准备|努力|尝试|考虑|攻读|探索|求职)/u;
const CLAUSE = /[，。；！？|\n,;!?：:（）()→]/u;
const LIST_SEP = /、|\/|／|和|与|以及|及|,/u;

// 前 starts "formerly" only after a non-Han character ("，前腾讯"), never inside 之前/以前/目前/前端.
const FORMER = /(?<!\p{Script=Han})前(?!端|后端|台|言|沿|往|面|者|景|置|缀|几|天|年|月|夜|辈|任)/gu;
const EMPLOYED = /(?:就职于|任职于|供职于|工作于|服务于)\s?/gu;
const WORKED_IN = /(?:先后|曾经?|目前|现在?|正)在/gu;
const WORK_WORD = /工作|任职|上班|实习|担任|从事|踩坑|做/u;
const FOUNDED = /(?:创立|创办|创建|成立)了?\s{0,3}([^，。；！？|\n\s]{2,20}?)\s{0,3}(?:公司|工作室)/gu;

/** The text of one clause from `start`: up to the next clause mark, at most 40 characters. */
function clauseFrom(text: string, start: number): string {
  const rest = text.slice(start, start + 40);
  const end = CLAUSE.exec(rest);
  return end ? rest.slice(0, end.index) : rest;
}

/** An employer name: 2–20 characters with a letter, not a place or a vague word ("一家公司"). */
function cleanOrg(raw: string): string | null {
  const etc = raw.indexOf('等');
  const org = (etc >= 0 ? raw.slice(0, etc) : raw)
    .replace(/的$/u, '')
    .replace(/[\s*_`「」《》"“”]+/gu, ' ')
    .trim();
  if (org.length < 2 || org.length > 20 || !/\p{L}/u.test(org) || NOT_ORG.test(org)) return null;
  return org;
}

/** "腾讯、百度工程师" → [腾讯, 百度] and the role 工程师; a list without a role states no job. */
function formerOrgs(clause: string): { orgs: string[]; title: string | null } {
  const orgs: string[] = [];
  const none = { orgs: [], title: null };
  for (const piece of clause.split(LIST_SEP)) {
    const latin = /^[A-Za-z][\w.&-]*/.exec(piece);
    const role = latin ? null : ROLE_START.exec(piece);
    if (latin || !role) {
      const org = cleanOrg(latin ? latin[0] : piece);
      if (!org) return none;
      orgs.push(org);
      // "ByteDance 工程师": the role follows the name in the same piece.
      const after = latin ? piece.slice(latin[0].length).trim() : '';
      if (after) return { orgs, title: after };
      continue;
    }
    const org = cleanOrg(piece.slice(0, role.index));
    if (org) orgs.push(org);
    return orgs.length > 0 ? { orgs, title: piece.slice(role.index).trim() || null } : none;
  }
  return none; // no role after the names: "前腾讯、百度" alone may be anything
}

/** A list of employers after "就职于": "东方通信、华为等企业" → [东方通信, 华为]. */
function listedOrgs(clause: string): string[] {
  return clause
    .split(LIST_SEP)
    .map((piece) => {
      const word = piece.trim().split(/\s/u)[0] ?? '';
      const role = /担任|做|从事/u.exec(word);
      return cleanOrg(role ? word.slice(0, role.index) : word);
    })
    .filter((org): org is string => org !== null);
}

export interface CjkJob {
  title: string | null;
  organization: string;
}

/** Every employer one Chinese line states (a cheap Han test first: most lines have none). */
export function cjkJobs(text: string): CjkJob[] {
  if (!/\p{Script=Han}/u.test(text)) return [];
  const out: CjkJob[] = [];
  const push = (organization: string, title: string | null) => {
    if (!out.some((j) => j.organization === organization)) out.push({ title, organization });
  };
  for (const match of text.matchAll(FORMER)) {
    const { orgs, title } = formerOrgs(clauseFrom(text, match.index + match[0].length));
    for (const org of orgs) push(org, title);
  }
  for (const match of text.matchAll(EMPLOYED))
    for (const org of listedOrgs(clauseFrom(text, match.index + match[0].length))) push(org, null);
  for (const match of text.matchAll(WORKED_IN)) {
    // "先后在腾讯和百度从事…": the employers run up to the work word, in the same clause.
    const clause = clauseFrom(text, match.index + match[0].length);
    const verb = WORK_WORD.exec(clause);
    if (verb) for (const org of listedOrgs(clause.slice(0, verb.index))) push(org, null);
  }
  for (const match of text.matchAll(FOUNDED)) {
    const org = cleanOrg(match[1]!);
    if (org) push(org, '创始人');
  }
  return out;
}

/** Lines that may state a job in Chinese (the words every pattern above needs). */
export const CJK_JOB_HINT = /前|就职于|任职于|供职于|工作于|服务于|在|创立|创办|创建|成立/u;
