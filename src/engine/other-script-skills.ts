// Technology names written in Hangul, katakana or Cyrillic ("리액트", "パイソン", "питон") → their Latin
// names, read only where a question expects a skill: such words are also ordinary words elsewhere
// ("ビュー" is "view", "кафка" a writer), so they are never looked up in profiles or names.
import { canonicalSkillName, isKnownSkill, isWellKnownSkill } from '../profiles/vocabulary/skill-aliases.js';

/** Latin name: its spellings in other scripts, "|"-separated. Common spellings only, no guessing. */
const SPELLINGS: Record<string, string> = {
  React: '리액트|리엑트|リアクト|реакт|риакт',
  'React Native': '리액트네이티브|リアクトネイティブ',
  Python: '파이썬|파이선|パイソン|питон|пайтон',
  Java: '자바|ジャバ|джава|ява',
  JavaScript: '자바스크립트|ジャバスクリプト|джаваскрипт|яваскрипт',
  TypeScript: '타입스크립트|タイプスクリプト|тайпскрипт',
  'Node.js': '노드|노드제이에스|ノード|ノードジェイエス|нода|нод',
  'Vue.js': '뷰|뷰제이에스|ビュー|вью|вуй',
  Angular: '앵귤러|アンギュラー|アンギュラ|ангуляр',
  Svelte: '스벨트|スベルト|свелт',
  jQuery: '제이쿼리|ジェイクエリ|ジェイクエリー|джейквери',
  Bootstrap: '부트스트랩|ブートストラップ|бутстрап',
  'Tailwind CSS': '테일윈드|テイルウィンド|тейлвинд',
  Django: '장고|ジャンゴ|джанго',
  Flask: '플라스크|フラスク|фласк',
  Spring: '스프링|スプリング|спринг',
  'Spring Boot': '스프링부트|スプリングブート|спрингбут',
  Laravel: '라라벨|ララベル|ларавел|ларавель',
  Rails: '레일즈|レイルズ|レールズ|рельсы',
  Ruby: '루비|ルビー|руби',
  Rust: '러스트|раст',
  Golang: '고랭|ゴーラン|голанг',
  Kotlin: '코틀린|コトリン|котлин',
  Swift: '스위프트|スウィフト|スイフト|свифт',
  Flutter: '플러터|フラッター|флаттер',
  Dart: '다트|ダート|дарт',
  PHP: '피에이치피|пхп',
  'C#': '씨샵|シーシャープ|сишарп',
  '.NET': '닷넷|ドットネット|дотнет',
  Android: '안드로이드|アンドロイド|андроид',
  Unity: '유니티|ユニティ|юнити',
  Docker: '도커|ドッカー|докер',
  Kubernetes: '쿠버네티스|クバネティス|クーバネティス|кубернетес|кубер',
  Terraform: '테라폼|テラフォーム|терраформ',
  Jenkins: '젠킨스|ジェンキンス|дженкинс',
  Linux: '리눅스|リナックス|линукс',
  Git: '깃|ギット|гит',
  GitHub: '깃허브|깃헙|ギットハブ|гитхаб',
  Redis: '레디스|レディス|редис',
  Kafka: '카프카|カフカ|кафка',
  MongoDB: '몽고디비|몽고|モンゴ|モンゴディービー|монго|монгодб',
  PostgreSQL: '포스트그레스|포스트그레|ポスグレ|ポストグレス|постгрес|постгря',
  MySQL: '마이에스큐엘|マイエスキューエル|майскл',
  Elasticsearch: '엘라스틱서치|エラスティックサーチ|эластик|эластиксерч',
  PyTorch: '파이토치|パイトーチ|пайторч',
  TensorFlow: '텐서플로우|텐서플로|テンソルフロー|тензорфлоу|тензорфлов',
  pandas: '판다스|パンダス|пандас',
  Firebase: '파이어베이스|ファイアベース|файрбейс',
  Figma: '피그마|フィグマ|фигма',
  Excel: '엑셀|エクセル|эксель',
  Nginx: '엔진엑스|エンジンエックス|нджинкс|энджинкс',
  GraphQL: '그래프큐엘|グラフキューエル|графкл',
  AWS: '에이더블유에스|아마존웹서비스',
};

const LATIN = new Map<string, string>();
for (const [name, spellings] of Object.entries(SPELLINGS))
  for (const spelling of spellings.split('|')) LATIN.set(spelling, name);

/** Russian case endings on a technology's name ("питоном", "докера", "кафкой"), longest first. */
const RUSSIAN_ENDINGS = ['ами', 'ом', 'ем', 'ой', 'ам', 'ах', 'а', 'у', 'е', 'ы', 'и', 'ю'];
const CYRILLIC = /^\p{sc=Cyrillic}+$/u;
const OTHER_SCRIPT = /[\p{sc=Hangul}\p{sc=Katakana}\p{sc=Cyrillic}]/u;

/** Polish, Czech and Slovak case endings on a Latin name ("pythona", "dockerem", "javę"), longest first. */
const LATIN_ENDINGS = ['owi', 'em', 'ie', 'a', 'ę', 'ą', 'y', 'u'];
/** A Latin name with a Cyrillic case ending glued on ("golangом", "reactа"). */
const CYRILLIC_TAIL = /^([\p{sc=Latin}\p{N}.+#-]{2,})\p{sc=Cyrillic}{1,3}$/u;

/**
 * A well-known technology under a case ending ("pythona" → "Python", "javę" → "Java", "golangом" →
 * "Go"); null for a word that is itself a technology or names none. Stems stay three letters or more,
 * so a short word ("goa", "ca") is never read as one.
 */
function latinStem(word: string): string | null {
  if (isKnownSkill(word)) return null;
  const head = CYRILLIC_TAIL.exec(word)?.[1];
  if (head) return isWellKnownSkill(head) ? canonicalSkillName(head) : null;
  for (const ending of LATIN_ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    const stem = word.slice(0, -ending.length);
    for (const name of [stem, `${stem}a`]) if (isWellKnownSkill(name)) return canonicalSkillName(name);
  }
  return null;
}

/** The Latin name a word in another script spells ("파이썬" → "Python"); null when the table lacks it. */
export function latinSkillName(word: string): string | null {
  const lower = word.toLowerCase();
  const exact = LATIN.get(lower);
  if (exact) return exact;
  if (!CYRILLIC.test(lower)) return latinStem(lower);
  for (const ending of RUSSIAN_ENDINGS) {
    if (!lower.endsWith(ending) || lower.length - ending.length < 3) continue;
    const stem = lower.slice(0, -ending.length);
    const found = LATIN.get(stem) ?? LATIN.get(`${stem}а`);
    if (found) return found;
  }
  return null;
}

/** A skill phrase with each word the table knows in Latin ("리액트 и 도커" → "React и Docker"). */
export function inLatinScript(phrase: string): string {
  if (!OTHER_SCRIPT.test(phrase)) return phrase;
  return phrase
    .split(' ')
    .map((word) => latinSkillName(word) ?? word)
    .join(' ');
}
