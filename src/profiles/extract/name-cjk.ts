// cjkNameIn: the name a Chinese, Japanese or Korean sentence introduces ("我是秋风", "我叫 Leo", "私は田中です",
// "저는 김민준입니다").

// Chinese and Japanese: "我是秋风", "我叫 Leo", "私は田中です". The name is a short run (no spaces).
// Chinese names are two to four characters, pen names up to five ("程序员鱼皮", "码农Leo"); a run that
// is only a description ("我是前端工程师") is no name.
// Found in two steps (the intro words, then the run right after them, sticky) so that each try is anchored
// and the scan provably linear.
const CJK_INTRO_WORD = /我是|我叫|我的名字是|私は|僕は|わたしは|名前は/gu;
const CJK_NAME_AFTER =
  /\s?(\p{Script=Han}{1,5}(?:[A-Za-z][\w.-]{0,20})?|[\p{Script=Katakana}ー・]{1,12}|[A-Za-z][\w.-]{0,30})(?=です|と申します|だ|[，。！、,.!\s（(]|$)/uy;
/** Only an intro within the first characters introduces the writer ("我是…", "Hi! 我叫…"). */
const CJK_INTRO_WITHIN = 8;
const CJK_INTRO_START = /[我私僕わ名]/;

/** The first intro within CJK_INTRO_WITHIN characters followed by a name-shaped run. */
function cjkIntro(text: string): { index: number; end: number; run: string } | null {
  // Every intro word starts with one of these: without one in reach there is no intro to find.
  if (!CJK_INTRO_START.test(text.slice(0, CJK_INTRO_WITHIN + 1))) return null;
  CJK_INTRO_WORD.lastIndex = 0;
  for (let word = CJK_INTRO_WORD.exec(text); word; word = CJK_INTRO_WORD.exec(text)) {
    if (word.index > CJK_INTRO_WITHIN) return null;
    CJK_NAME_AFTER.lastIndex = word.index + word[0].length;
    const after = CJK_NAME_AFTER.exec(text);
    if (after) return { index: word.index, end: CJK_NAME_AFTER.lastIndex, run: after[1]! };
  }
  return null;
}
const NOT_CJK_NAME =
  /^(?:一|个|名|位|大|小|新手|菜鸟|程序员|学生|开发|工程师|设计师|码农|前端|后端|全栈|エンジニア|学生|開発者|プログラマ|デザイナー)/u;
/** A job word that starts a pen name: "程序员鱼皮" is a name, "程序员" alone or "前端工程师" is not. */
const PEN_NAME_ROLE = /^(?:程序员|码农|前端|后端|全栈|开发者|工程师|设计师)/u;
const DESCRIPTION = /工程师|开发|程序|设计|学生|爱好|小白|一枚|一名|的|者|员|师/u;

/** The captured run as a name: a plain name, or a job word plus a pen name; never a description. */
function cjkName(run: string): string | null {
  if (!NOT_CJK_NAME.test(run)) return run;
  const role = PEN_NAME_ROLE.exec(run);
  const rest = role ? run.slice(role[0].length) : '';
  const named = /^[A-Za-z]/.test(rest) || (rest.length >= 2 && !DESCRIPTION.test(rest));
  return role && named ? run : null;
}

// "我是 QuietFlow 发起者" (I'm the founder of QuietFlow): a project or group before a role word is no name.
const ROLE_AFTER_CJK_NAME =
  /^\s?(?:的)?(?:发起|創始|创始|创建|創建|作者|开发者|開發者|维护者|維護者|负责人|負責人|主理人|团队|團隊|成员|成員|粉丝|粉絲|用户|用戶|社区|社區|项目|項目|站长|博主|的)/u;

// Korean: "저는 김민준입니다" (I am …), "제 이름은 …", "Backend Developer 김민준입니다": a two-to-four-syllable run
// right before the copula, after an intro or an English job title (alone, "좋은 하루입니다" is "it is a good
// day"). After a Korean job title ("… 개발자 이정운입니다") see koreanTitledName.
const KO_NAME =
  /(?<!\p{L})(?:저는|전|제\s?이름은|developer|engineer|designer)\s{1,3}(\p{Script=Hangul}{2,4})\s?(?:입니다|이에요|예요|라고\s?합니다)/iu;
const KO_NOT_NAME =
  /(?:개발자|엔지니어|디자이너|학생|대학생|취준생|기획자|프로그래머|연구원|개발|백엔드|프론트엔드|풀스택|신입|주니어|시니어|사람|직장인)$/u;

// "안녕하세요, Junseo입니다", "안녕하세요! 김민준입니다": right after the greeting, a name (Hangul or Latin)
// glued to the copula.
const KO_GREETED_NAME =
  /^안녕하세요[\s,!.~]{0,4}(\p{Script=Hangul}{2,4}|[A-Za-z][A-Za-z'-]{1,20}(?:\s[A-Z][A-Za-z'-]{1,20})?)\s?(?:입니다|이에요|예요|라고\s?합니다)/u;
const LATIN_NOT_NAME =
  /^(?:developer|engineer|designer|student|backend|frontend|fullstack|full-stack|junior|senior|dev)$/i;

// Japanese: "はじめまして、山田太郎です", "こんにちは！タナカです" (a name right after the greeting, glued to the
// copula) and "山田太郎と申します" (I am called …) at the start of the text.
const JA_NAME = '(\\p{Script=Han}{2,5}|[\\p{Script=Katakana}ー・]{2,12}|[A-Za-z][A-Za-z.-]{1,20})';
const JA_GREETED_NAME = new RegExp(
  `^(?:はじめまして|初めまして|こんにちは|こんばんは)[\\s、,!！。.~]{0,4}${JA_NAME}(?:です|と申します|といいます|と言います)`,
  'u',
);
// "東京在住です" (I live in Tokyo), "会社員です" (an office worker), "大学生です": a description, not a name.
const JA_NOT_NAME = /(?:在住|出身|生|員|者|師|家|担当|好き|エンジニア|デザイナー|プログラマー?)$/u;
const JA_CALLED = new RegExp(`^${JA_NAME}(?:と申します|といいます|と言います)`, 'u');

/** The name a CJK intro near the start of the text introduces, or null. */
export function cjkNameIn(text: string): string | null {
  const cjk = cjkIntro(text);
  const cjkRole = cjk !== null && ROLE_AFTER_CJK_NAME.test(text.slice(cjk.end));
  if (cjk) return cjkRole ? null : cjkName(cjk.run);
  const ja = /[です申い言]/u.test(text) ? (JA_GREETED_NAME.exec(text) ?? JA_CALLED.exec(text)) : null;
  if (ja && !NOT_CJK_NAME.test(ja[1]!) && !JA_NOT_NAME.test(ja[1]!) && !LATIN_NOT_NAME.test(ja[1]!))
    return ja[1]!;
  if (!/\p{Script=Hangul}/u.test(text)) return null;
  const ko = KO_NAME.exec(text.slice(0, 200));
  if (ko && !KO_NOT_NAME.test(ko[1]!)) return ko[1]!;
  const greeted = KO_GREETED_NAME.exec(text.slice(0, 200));
  return greeted && !KO_NOT_NAME.test(greeted[1]!) && !LATIN_NOT_NAME.test(greeted[1]!) ? greeted[1]! : null;
}

const KO_TITLED_NAME =
  /(?<!\p{L})(?:개발자|엔지니어|디자이너|프로그래머|연구원|학생)\s{1,3}(\p{Script=Hangul}{2,4})\s?(?:입니다|이에요|예요|라고\s?합니다)/u;

/**
 * "개발자 신동원입니다" (I am developer 신동원): the name after a Korean job title, the copula glued to it.
 * A weaker statement than "저는 …입니다": such profiles often give a romanised spelling elsewhere, which wins.
 */
export function koreanTitledName(text: string): string | null {
  const ko = /\p{Script=Hangul}/u.test(text) ? KO_TITLED_NAME.exec(text.slice(0, 200)) : null;
  return ko && !KO_NOT_NAME.test(ko[1]!) ? ko[1]! : null;
}
