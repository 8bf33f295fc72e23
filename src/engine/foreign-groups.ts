// A group of people named in another language ("前端工程师", "프론트엔드 개발자", "diseñador", "Frontend-Entwickler")
// → the English words the group rules read ("frontend devs"), for foreign-question.ts.
import { foldText } from '../text/fold-text.js';

/** English group phrase ← words naming it (folded; Han, kana and hangul as written), "|"-separated. */
const GROUPS: readonly [english: string, words: string][] = [
  ['frontend devs', 'frontend|front end|前端|프론트엔드|프론트|フロントエンド|фронтенд|фронтендер'],
  ['backend devs', 'backend|back end|后端|後端|백엔드|バックエンド|бэкенд|бекенд|бэкендер'],
  ['full stack devs', 'fullstack|full stack|全栈|풀스택|フルスタック|фулстек|фуллстек'],
  ['mobile devs', 'mobile|movil|movel|移动端|安卓|모바일|モバイル|мобильный|мобильные'],
  [
    'designers',
    'disenador|disenadora|disenadores|designer|designerin|designers|设计师|디자이너|デザイナー|дизайнер|дизайнеры',
  ],
  ['devops people', 'devops|sre|运维|데브옵스|인프라|インフラ|девопс'],
  ['ml people', 'machine learning|机器学习|算法|머신러닝|인공지능|機械学習|машинное обучение'],
  [
    'data scientists',
    'cientista de dados|cientifico de datos|数据科学家|데이터 사이언티스트|データサイエンティスト',
  ],
  [
    'security people',
    'seguridad|seguranca|sicherheit|securite|sicurezza|安全|보안|セキュリティ|безопасность',
  ],
  ['game devs', 'juegos|jogos|spiele|jeux|giochi|游戏|게임|ゲーム|игр|геймдев'],
  [
    'students',
    'estudiante|estudiantes|estudante|estudantes|student|studenten|etudiant|etudiants|studente|studenti|学生|학생|студент|студенты',
  ],
  [
    'researchers',
    'investigador|pesquisador|forscher|chercheur|ricercatore|研究员|研究者|연구원|исследователь',
  ],
  ['founders', 'fundador|fundadores|grunder|fondateur|fondatore|创始人|창업자|創業者|основатель'],
];

/** Words for a developer or engineer in these languages: dropped around a group's name. */
const PERSON =
  /^(?:devs?|developers?|engineers?|desarrollador(?:a|es|as)?|desenvolvedor(?:a|es|as)?|programador(?:a|es|as)?|ingenier[oa]s?|engenheir[oa]s?|entwickler(?:in|innen)?|ingenieur(?:in|e)?|developpeur(?:se|s)?|ingenieur(?:s)?|sviluppator[ei]|programmator[ei]|разработчик(?:и)?|инженер(?:ы)?|программист(?:ы)?)$/;
/** The same in scripts without spaces, found inside the word ("前端工程师", "프론트엔드개발자"). */
const PERSON_INSIDE =
  /工程师|开发者|开发|程序员|开发工程师|エンジニア|開発者|プログラマー|개발자|엔지니어|프로그래머|人员/gu;

/** Asking words ("is", "are there", "anyone") before the group's name in what is left ("gibt es frontend entwickler"). */
const ASKING_WORDS =
  /^(?:(?:quienes|quien|quem|wer|qui|chi|кто|ist|sind|es|son|e|sao|est|sont|sono|gibt es|hay|tem|il y a|ce|c e|есть|ли|кто нибудь|alguien|algum|alguem|jemand|quelqu un|qualcuno|algun|alguna|algunos|algunas|alguma|alguns|algumas|irgendwelche|quelques) )+/;
const ASKING_INSIDE = /有没有|有谁|有人|吗|はいますか|いますか|います|있어요|있나요|있어|있니|있음/gu;

// Folded like the question (folding spells kana and hangul differently: "バ" loses its mark).
const WORDS = GROUPS.map(([english, words]) => ({
  english,
  words: words.split('|').map((w) => foldText(w)),
}));

/**
 * The English phrase for a group when what is left of a question ("前端工程师", "frontend entwickler")
 * is nothing but its name and words for people; null for anything else.
 */
export function foreignGroup(rest: readonly string[]): string | null {
  const text = foldText(rest.join(' ').replace(ASKING_INSIDE, ' ').replace(PERSON_INSIDE, ' '))
    .split(' ')
    .filter((w) => w && !PERSON.test(w))
    .join(' ')
    .replace(ASKING_WORDS, '')
    .trim();
  if (!text) return null;
  return WORDS.find((g) => g.words.includes(text))?.english ?? null;
}
