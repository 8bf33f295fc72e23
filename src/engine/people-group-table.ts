// PEOPLE_GROUPS: the groups a team asks about by what people do, as data: the words that name each group in
// a question, the job words that put someone in it, and the skills that do when the group is defined by
// what people use (mobile: Swift, Kotlin, Flutter, React Native…), and lines that do (people-group-lines.ts).
// Read by people-groups.ts.
import { GAMES_LINE, LEAD_LINE, LINE_GROUPS, STUDENT_LINE } from './people-group-lines.js';

export interface PeopleGroup {
  /** What the answer calls them ("Mobile developers"). */
  label: string;
  /** The field in a sentence ("mobile"): "List mobile skills". */
  field: string;
  /** Words naming the field, alone or before a word for people ("mobile", "mobile devs"). */
  fields: readonly string[];
  /** Words naming its people by themselves ("designers", "data scientists"), singular and plural. */
  nouns: readonly string[];
  /** A headline or job title that puts someone in the group (folded text). */
  role: RegExp;
  /** Skills that put someone in it when no title does; empty when only a title can. */
  skills: readonly string[];
  /** Skills of two trades (Kotlin: Android or the JVM server): they count only listed under a heading
   * that names the group ("Mobile: Kotlin, Swift"). */
  weak?: readonly string[];
  /** A line of the profile that puts someone in it ("open to new opportunities"): candidates come from the
   * full-text index by `seeds`; `work` asks the line to speak of work too (people-group-lines.ts). */
  says?: { seeds: readonly string[]; line: RegExp; work?: boolean };
}

export const PEOPLE_GROUPS: readonly PeopleGroup[] = [
  {
    label: 'Mobile developers',
    field: 'mobile',
    fields: ['mobile', 'mobile app', 'mobile apps', 'app'],
    nouns: [],
    role: /\b(?:mobile|movil|movel|ios|android|flutter|react native)\b|모바일|安卓|移动端|モバイル|мобильн/,
    skills: [
      'Swift',
      'SwiftUI',
      'Kotlin',
      'Flutter',
      'React Native',
      'Jetpack Compose',
      'Android',
      'iOS',
      'Xamarin',
      'Ionic',
    ],
    weak: ['Kotlin'],
  },
  {
    label: 'Frontend developers',
    field: 'frontend',
    fields: ['frontend', 'front-end', 'front end', 'fe', 'web frontend'],
    nouns: ['ui engineers?', 'ui developers?', 'web developers?', 'web devs?'],
    role: /\b(?:front ?end|ui engineer|ui developer|web developer)\b|프론트|프런트|前端|фронтенд|フロントエンド/,
    skills: ['React', 'Vue.js', 'Angular', 'Svelte', 'Next.js', 'Nuxt'],
  },
  {
    label: 'Backend developers',
    field: 'backend',
    fields: ['backend', 'back-end', 'back end', 'server side', 'server-side'],
    nouns: [],
    role: /\bback ?end\b|\bserver side\b|백엔드|后端|бэкенд|бекенд|バックエンド/,
    skills: [],
  },
  {
    label: 'Full-stack developers',
    field: 'full-stack',
    fields: ['full-stack', 'fullstack', 'full stack'],
    nouns: [],
    role: /\bfull ?stack\b|풀스택|全栈|фулстек|фуллстек|フルスタック/,
    skills: [],
  },
  {
    label: 'DevOps, SRE and platform people',
    field: 'DevOps',
    fields: [
      'devops',
      'dev ops',
      'sre',
      'site reliability',
      'platform',
      'infra',
      'infrastructure',
      'ops',
      'cloud',
    ],
    nouns: ['sres', 'sysadmins?', 'system administrators?'],
    role: /\b(?:devops|dev ops|sre|site reliability|platform engineer(?:ing)?|infrastructure|infra engineer|cloud engineer|cloud architect|systems? administrator|sysadmin)\b/,
    skills: ['DevOps', 'Kubernetes', 'Terraform', 'Ansible', 'Helm', 'Pulumi'],
  },
  {
    label: 'Data scientists',
    field: 'data science',
    fields: ['data science'],
    nouns: ['data scientists?'],
    role: /\bdata scien(?:ce|tist)s?\b|\bcientista de dados\b|\bcientifico de datos\b|데이터 사이언티스트|数据科学/,
    skills: [],
  },
  {
    label: 'Machine learning people',
    field: 'machine learning',
    fields: ['ml', 'machine learning', 'ai', 'deep learning', 'mlops'],
    nouns: [],
    role: /\b(?:machine learning|ml|ai|deep learning|mlops|computer vision|nlp)\b|机器学习|深度学习|算法工程|머신러닝|딥러닝|機械学習|深層学習|машинн(?:ое|ого|ым|ом) обучени/,
    skills: ['PyTorch', 'TensorFlow', 'scikit-learn', 'Keras', 'JAX', 'Machine Learning', 'Deep Learning'],
  },
  {
    label: 'Data engineers',
    field: 'data engineering',
    fields: ['data engineering', 'data'],
    nouns: ['data engineers?'],
    role: /\b(?:data engineer(?:ing)?|analytics engineer|data platform)\b/,
    skills: ['Apache Airflow', 'Apache Spark', 'dbt'],
  },
  {
    label: 'Designers',
    field: 'design',
    fields: ['design', 'ux', 'ui/ux', 'ux/ui', 'product design', 'ui ux'],
    nouns: ['designers?', 'ux designers?', 'ui designers?', 'product designers?', 'ui/ux designers?'],
    role: /\b(?:designer|ux|ui ux|ux ui|product design|interaction design|visual design|designerin|disenador|disenadora)\b|디자이너|设计师|デザイナー|дизайнер/,
    skills: ['Figma', 'Sketch', 'Adobe XD'],
  },
  {
    label: 'QA and test engineers',
    field: 'QA',
    fields: ['qa', 'quality assurance', 'testing', 'test automation'],
    nouns: ['testers?', 'sdets?', 'test engineers?'],
    role: /\b(?:qa|quality assurance|test engineer|tester|sdet|test automation)\b/,
    skills: [],
  },
  {
    label: 'Security people',
    field: 'security',
    fields: ['security', 'infosec', 'appsec', 'cybersecurity', 'cyber security'],
    nouns: ['pentesters?', 'penetration testers?'],
    role: /\b(?:security|infosec|appsec|cybersecurity|cyber security|pentester|penetration tester|seguranca|seguridad)\b|보안|安全工程|セキュリティ|безопасност/,
    skills: [],
  },
  {
    label: 'Embedded and firmware engineers',
    field: 'embedded',
    fields: ['embedded', 'firmware', 'hardware'],
    nouns: [],
    role: /\b(?:embedded|firmware|hardware)\b/,
    skills: [],
  },
  {
    label: 'Game developers',
    field: 'game development',
    fields: ['game', 'games', 'gaming', 'video games', 'gamedev', 'game dev', 'game development'],
    nouns: [],
    // "the game changer for my career" is no game.
    role: /\b(?:game(?! changer)|games|gameplay|gamedev)\b/,
    skills: ['Unity', 'Unreal Engine', 'Godot'],
    says: { seeds: ['games', 'game', 'gaming', '게임', '游戏'], line: GAMES_LINE, work: true },
  },
  {
    label: 'Managers',
    field: 'management',
    fields: ['engineering management', 'management'],
    nouns: ['managers?', 'engineering managers?', 'ems', 'eng managers?', 'tech leads?', 'team leads?'],
    role: /\b(?:manager|head of|director|vp|vice president|cto|tech lead|team lead|tech lider|lider tecnico|lider tecnica)\b|テックリード|技术负责人|테크 ?리드|тимлид|техлид/,
    skills: [],
    says: { seeds: ['team', 'leader', 'teams', 'リーダー', '팀장', '团队', 'команд'], line: LEAD_LINE },
  },
  {
    label: 'Researchers',
    field: 'research',
    fields: ['research'],
    nouns: ['researchers?', 'research scientists?'],
    role: /\b(?:research(?:er)?|research scientist|phd)\b|研究员|研究者|연구원|исследовател/,
    skills: [],
  },
  {
    label: 'Students and interns',
    field: 'study',
    fields: [],
    nouns: ['students?', 'interns?', 'phd students?'],
    role: /\b(?:student|intern|phd candidate|undergraduate|undergrad|estudiante|estudante|studentin|etudiant|studente)\b|学生|학생|대학생|студент/,
    skills: [],
    says: {
      seeds: ['studying', 'pursuing', 'enrolled', 'cursando', 'estudante', 'estudiante'],
      line: STUDENT_LINE,
    },
  },
  {
    label: 'Founders',
    field: 'founding',
    fields: [],
    nouns: ['founders?', 'co-founders?', 'cofounders?'],
    // Founding or running one's own company; a CEO alone may be hired ("CEO at Harborline").
    role: /\b(?:founder|co ?founder|(?:co ?)?founded|fundador|fundadora|grunder|fondateur|fondatore|own (?:small )?(?:company|business|studio|agency|startup|consultancy)|i run (?:a|my|my own) (?:small )?(?:company|business|studio|agency|startup|consultancy))\b|创始人|창업자|創業者|代表取締役|会社経営|起業(?:家|し)|основател/,
    skills: [],
  },
  ...LINE_GROUPS,
];
