// The words that shape a question in other languages, by language and by what they ask (foreign-question.ts).
import { EUROPEAN_CUES } from './foreign-cues-european.js';
import { POLISH_CUES } from './foreign-cues-polish.js';

/** What a cue says about the question; `filler` words (particles, politeness) are only dropped. */
export type CueKind =
  | 'search'
  | 'contact'
  | 'skills'
  | 'role'
  | 'age'
  | 'career'
  | 'study'
  | 'work'
  | 'where'
  | 'live'
  | 'know'
  | 'who'
  | 'filler';

/** Read in this order: a longer sense first ("会什么" is skills before "会" is know). */
export const CUE_ORDER: readonly CueKind[] = [
  'search',
  'contact',
  'skills',
  'role',
  'age',
  'career',
  'study',
  'work',
  'where',
  'live',
  'know',
  'who',
  'filler',
];

export type Cues = Partial<Record<CueKind, readonly string[]>>;
const w = (words: string) => words.split('|');

/** Lowercase; several words of a cue are matched as a phrase. Han, kana and hangul cues match inside words. */
export const FOREIGN_CUES: Readonly<Record<string, Cues>> = {
  ru: {
    search: w('найди|найти|поиск|поищи|ищи'),
    contact: w(
      'как связаться со|как связаться с|связаться с|как написать|контакты|контакт|почта|почту|телеграм|номер телефона|телефон',
    ),
    skills: w('какие навыки|навыки|что умеет|что знает|какой стек|стек|скиллы'),
    role: w('чем занимается|кем работает|чем занят'),
    age: w('сколько ему лет|сколько ей лет|сколько лет|возраст'),
    career: w('опыт работы'),
    work: w('работает|работал|работала|работали'),
    where: w('где|откуда'),
    live: w('живёт|живет|находится'),
    know: w('знает ли|знает|разбирается в|разбирается|умеет|шарит в|шарит|с опытом|опыт с'),
    who: w('кто-нибудь|кто-то|есть кто|кто'),
    filler: w(
      'ли|у|с|в|а|же|тут|здесь|какая|какой|такой|такая|пожалуйста|подскажите|скажи|скажите|дай|дайте|скинь|скиньте|покажи|' +
        'привет|всем привет|здравствуйте|добрый день',
    ),
  },
  zh: {
    search: w('搜一下|搜索|查找|查一下|找一下'),
    contact: w('联系方式|怎么联系|如何联系|联系|邮箱|电子邮件|微信|电话号码|电话|手机号'),
    skills: w('技能|会什么|懂什么|技术栈|掌握什么|用什么技术|什么技术|哪些技术|用什么语言|什么语言|编程语言'),
    role: w('是做什么的|做什么工作|做什么的|是干什么的|干什么的|职业|做什么|职位|职务|头衔'),
    age: w('多大了|多大|几岁|年龄|年纪|哪年出生|出生'),
    // "以前" asks for the jobs before; a title ("职位") is read as English "what does X do" (role).
    career: w('工作经历|实习经历|工作经验|履历|经历|实习|做过什么工作|以前|之前'),
    study: w('读研究生|读研|读博|读大学|上大学|读书|上学|在读|毕业于|毕业|学历|什么专业|专业|博士|硕士|本科'),
    work: w('工作过|工作|上班|任职|哪家公司|公司'),
    where: w('在哪里|在哪儿|在哪|哪里|来自|哪里人|哪个城市|什么城市|城市'),
    live: w('住在|住'),
    know: w('熟悉|了解|精通|擅长|用过|会用|会|懂'),
    who: w('有没有人|有谁|有人|哪位|谁'),
    filler: w('请问|请|的|吗|呢|吧|啊|呀|了|是|什么|在|你好|大家好|您好'),
  },
  ja: {
    search: w('を検索して|で検索して|を検索|検索して|検索|探して'),
    contact: w('連絡先|連絡する|連絡|メールアドレス|メアド|メール|電話番号'),
    skills: w('スキル|技術スタック|できること|得意なこと|どんな技術|何の技術'),
    role: w('何をしている人|何をしている|何をしてる|仕事は|職業|肩書き|肩書|役職'),
    age: w('何歳|年齢|いくつ'),
    career: w('職歴|経歴|以前'),
    study: w('どこの大学|出身大学|出身校|大学|学校|学歴|卒業|専攻'),
    work: w('働いていました|働いている|働いて|勤めて|仕事|勤務先|勤め先|会社'),
    where: w('どこで|どこに|どこ|出身'),
    live: w('住んで|住み|にいる'),
    know: w('に詳しい|詳しい|知っています|知ってる|知って|できますか|できる|使えますか|使える|分かる|わかる'),
    who: w('人はいますか|人いる|人いますか|人は|いる人|誰が|誰か|誰|どんな人'),
    filler: w(
      'さん|くん|ちゃん|様|氏|ですか|ますか|います|いる|教えて|ください|には|って|は|が|を|の|に|で|も|と|か|ね|よ|人|こんにちは|すみません',
    ),
  },
  ko: {
    search: w('검색해줘|검색|찾아줘|찾아'),
    contact: w('연락처|연락|이메일|메일|전화번호'),
    skills: w('기술 스택|기술스택|스킬|기술|뭘 알아|뭘 할 줄 알아|뭐 할 줄 알아'),
    role: w('무슨 일을 해요|무슨 일을 해|무슨 일 해|무슨 일|직업|뭐 하는 사람|직함|직책|직위'),
    age: w('몇 살|몇살|나이'),
    career: w('경력사항|경력|이전 회사|전 회사|이전 직장|전 직장|회사|직장|이전에|예전에'),
    study: w('어느 대학|대학교|대학|학교|학력|전공|졸업|공부|나왔어요|나왔어|나온'),
    work: w('일했어요|일했어|일해요|일해|일하는|일하고|일한|근무|다니고 있어|다녀요|다녀|다니는|다녔어'),
    where: w('어디서|어디에|어디|출신'),
    live: w('살아요|살아|사는|살고'),
    know: w(
      '할 줄 아는|할 줄 알아|할줄 아는|할줄 알아|다룰 줄 아는|잘 알아요|잘 알아|알아요|알아|아는|잘하는|잘해요|잘해|써본',
    ),
    who: w('사람 있어요|사람 있어|사람 있나요|있는 사람|누가|누구|사람'),
    filler: w(
      '님은|님이|님의|님께서|씨는|지금|현재|했어요|했어|했나요|는|은|이|가|을|를|의|에게|한테|에|잘|있어요|있어|있나요|알려줘|알려주세요|어떻게|해요|요|뭐야|뭐예요|씨|님|이야|야|이에요|예요|안녕하세요|안녕',
    ),
  },
  ...EUROPEAN_CUES,
  ...POLISH_CUES,
  tr: {
    search: w('için arama yap|arama yap|ara'),
    contact: w(
      'iletişim bilgileri|iletişime geçerim|iletişim|e-postası|e-posta|maili|telefon numarası|telefonu',
    ),
    skills: w('yetenekleri|becerileri|neler biliyor|ne biliyor'),
    role: w('ne iş yapıyor|ne yapıyor|mesleği'),
    age: w('kaç yaşında|yaşı kaç|yaşı'),
    career: w('deneyimi|tecrübesi'),
    work: w('çalıştı|çalışıyor'),
    where: w('nerede|nereli'),
    live: w('yaşıyor|oturuyor'),
    know: w('biliyor|bilen|kullanıyor|deneyimli'),
    who: w('biri var mı|kim'),
    filler: w('mı|mi|mu|mü|var|ile|nasıl|neler|nedir|ne|konusunda|için|acaba|merhaba|selam'),
  },
  vi: {
    search: w('tìm kiếm|tìm'),
    contact: w('làm sao liên hệ|liên hệ|liên lạc|số điện thoại'),
    skills: w('kỹ năng|biết những gì|biết gì'),
    role: w('làm nghề gì|làm gì|nghề'),
    age: w('bao nhiêu tuổi|mấy tuổi|tuổi'),
    career: w('kinh nghiệm'),
    work: w('đã làm việc|làm việc'),
    where: w('ở đâu|đâu'),
    live: w('sống'),
    know: w('biết|rành|giỏi'),
    who: w('có ai|ai'),
    filler: w('của|là|gì|không|có|đã|làm sao|xin chào|chào'),
  },
  id: {
    search: w('tolong cari|cari'),
    contact: w('cara menghubungi|menghubungi|hubungi|kontak|nomor hp|nomor telepon'),
    skills: w('keahlian|kemampuan|skill'),
    role: w('kerjanya apa|pekerjaan|kerjanya'),
    age: w('umurnya|umur|usianya|usia'),
    career: w('pengalaman'),
    work: w('pernah kerja|bekerja|kerja'),
    where: w('di mana|dimana|dari mana'),
    live: w('tinggalnya|tinggal'),
    know: w('bisa|paham|tahu|tau|menguasai'),
    who: w('siapa yang|siapa|ada yang'),
    filler: w(
      'apa saja|apakah|apa|yang|gimana|gmn|nggak|gak|tidak|bagaimana|tolong|saja|minta|dong|sih|deh|kak|bang|halo',
    ),
  },
  hi: {
    search: w('search karo|khojo|dhundo|खोजो'),
    contact: w('contact kaise karein|contact kaise karen|contact|संपर्क|ईमेल'),
    skills: w('ki skills|ko kya aata hai|skills|स्किल्स|कौशल'),
    role: w('kya kaam karta hai|kya kaam karti hai|kya karta hai|kya karti hai|क्या करता है|क्या करती है'),
    work: w('kaam kiya hai|kaam karta hai|kaam karti hai|kaam kiya|काम किया है|काम करता है'),
    where: w('kahan se hai|kahan|kahaan|कहाँ|कहां'),
    live: w('rehta hai|rehti hai|रहता है|रहती है'),
    know: w('jaanta hai|janta hai|jaanti hai|aata hai|ata hai|जानता है|जानती है|आता है'),
    who: w('kisi ko|kaun|किसको|किसी को|कौन'),
    filler: w('hai|hain|kya|ko|ka|ki|ke|ne|se|mein|kaise|karein|है|क्या|को|का|की|के|ने|से|में|कैसे|करें|namaste|नमस्ते'),
  },
};
