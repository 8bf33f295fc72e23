// Names in the places READMEs put them besides greetings: a title heading ("# Toru Kobayashi / @koba04"),
// a code-mode bio (`name: "Ana Ruiz"`, `self.name = "…"`) and an image alt ("Leo's github stats", "Image
// showing Ana Ruiz, …"); the page's images and typing-banner lines are found by page-images.ts.

import { cleanHeading } from '../markdown/clean-heading.js';
import { classifySection } from '../markdown/section-kinds.js';
import { isWellKnownSkill } from '../vocabulary/skill-aliases.js';
import { lookupTechnology } from '../vocabulary/tech-vocabulary.js';
import { cleanNameText, isGreetingOnly, nameInText } from './name-greetings.js';
import { codeBioName } from './read-code-bio.js';
import { isHandle, readPersonName } from './read-person-name.js';
import { scriptTwinName } from './script-twin-name.js';

/** Title-case headings that are roles or page names, not people ("Software Engineer", "Welcome"). */
const NOT_A_NAME =
  /\b(?:engineer|developer|designer|manager|architect|scientist|consultant|programmer|analyst|student|portfolio|welcome|readme|resume|cv|profile|github|page|home|projects?|repositories|posts|blog|stats|wakatime|coding|hours|weekly|breakdown|streak|statistic|analytics|bookmark|trophies|trophy|languages|metrics|activity|graph|contributions|visitors|playing|spotify|snake|banner|header|gif|quote|meme|joke|status|current|career|links|updates|today|timeline|journey|highlights|overview|introduction|stack|setup|misc|achievements|awards|talks|publications|sponsors?|sponsoring|support|donations?|funding|information|info|basics|credits|license|hobbies|interests|favou?rites|facts|previously|currently|elsewhere|toolbox|toolkit|philosophy|values|principles|mission|vision|goals|roadmap|showcase|experiments|playground|thoughts|writing|featured|selected|inc|llc|ltd|gmbh|corp|corporation|technologies|solutions|foundation|organi[sz]ation)s?\b/i;

/** Chinese, Japanese and Korean heading words for a profile's sections ("基本信息", "自己紹介", "소개"). */
const CJK_TOPIC =
  /信息|资料|簡介|简介|介绍|介紹|关于|關於|技能|联系|聯繫|项目|經歷|经历|统计|プロフィール|自己紹介|情報|소개|정보/u;

// Ornaments around a title ("✦ Ana ✦", "== Ana ==", "</Ana Ruiz>", "【Ana Ruiz】"): symbols, dashes, slashes
// and the corner or angle brackets that frame a name; never "(" or ")" (an aside).
/** A Korean or Japanese sentence ending ("…입니다", "…です"): the heading is a sentence, not a name. */
const SENTENCE_END = /(?:입니다|합니다|이에요|예요|です|ます)[.!。！]?$/u;
const ORNAMENTS =
  /^[\p{S}\s~*=_·•—–/\\【「『〈《«[{-]{1,12}(?=\p{L})|(?<=[\p{L}.])[\p{S}\s~*=_·•—–/\\】」』〉》»\]}-]{1,12}$/gu;
const ABOUT_PHRASE =
  /^(?:[Ww]hat|[Ww]ho|[Hh]ow|[Ww]hy|[Ww]here|[Ww]hen)\s|(?:^|\s)(?:I|I['’]m|me|my|[Ww]e|[Oo]ur|you|your)(?:\s|$)/u;
/** A colon closing a heading, before any trailing symbols or spaces. */
const LABEL_END = /[:：][\p{S}\s]{0,8}$/u;
const NAME_THEN_ASIDE = /^([^()（）/|]{1,60}?)\s?[(（][^()（）]{1,60}[)）]$/u;

/** Words of a role, a page or a section ("Tools", "Projects", "项目"): never a name or a nickname. */
export const isTopicWord = (text: string): boolean => NOT_A_NAME.test(text) || CJK_TOPIC.test(text);

/** "BABAROT's …", "BABAROT’s …": the word is someone who owns things, not an acronym. */
const spokenOfAsOwner = (word: string, body: string): boolean =>
  /^\p{Lu}{3,20}$/u.test(word) && (body.includes(`${word}'s `) || body.includes(`${word}’s `));

/** `text` read as a name from its first word to its last, else null. */
function wholeName(text: string, handle: string | null): string | null {
  const name = readPersonName(text, { handle });
  return name && name === text.trim().replace(/^@/, '') ? name : null;
}

/** The person's name when a heading is only that ("# Ana Ruiz", "# Toru Kobayashi / @koba04"), else null. */
export function bareHeadingName(title: string, handle: string | null, body = ''): string | null {
  // "### Statistic :", "## Contacto:": a heading ending in a colon labels what follows; a name never does.
  if (LABEL_END.test(title)) return null;
  // "✦ Yuanzhi Liu ✦", "~ Ana Ruiz ~": ornaments on both sides frame the name.
  let clean = cleanNameText(cleanHeading(title)).replace(ORNAMENTS, '');
  // "Zhuoyuan Hao (Larry Hao / 郝卓远)", "Ana Ruiz (she/her)": the aside after the name is no part of it.
  const aside = NAME_THEN_ASIDE.exec(clean);
  if (aside && !isWellKnownSkill(aside[1]!.trim()) && wholeName(aside[1]!.trim(), handle))
    clean = aside[1]!.trim();
  const parts = clean
    .split(/\s[/|·•—–-]\s|\s\/|\/\s/u)
    .map((p) => p.trim())
    .filter(Boolean);
  const named = parts.filter((p) => !isHandle(p, handle));
  if (named.length === 0) return parts[0]?.replace(/^@/, '') ?? null;
  // "Hiroshi Sato (佐藤 浩)": the name with its spelling in another script in brackets.
  const bracket = /^([^()（）]{1,60}?)\s?[(（][^()（）]{1,40}[)）]$/u.exec(named[0]!);
  const part = bracket && scriptTwinName(named[0]!, bracket[1]!.trim()) ? bracket[1]!.trim() : named[0]!;
  if (
    // "What I Build", "How I Work", "Who we are": a phrase about the person, never their name.
    ABOUT_PHRASE.test(part) ||
    NOT_A_NAME.test(part) ||
    CJK_TOPIC.test(part) ||
    classifySection(part) !== 'other' ||
    isGreetingOnly(part) ||
    SENTENCE_END.test(part)
  )
    return null;
  // A lone all-capitals word is an acronym heading ("TLDR", "FAQ"), unless it is the handle or the text
  // speaks of it as someone's ("# BABAROT" over "Here is BABAROT's private repository").
  if (/^[\p{Lu}\d]+$/u.test(part)) return spokenOfAsOwner(part, body) ? part : null;
  return wholeName(part, handle);
}

// `name: "Ana"`, `"name": "Ana"`, `const name = 'Ana'`, `self.name = "Ana"`, `:name => "Ana"`, and keys padded
// into a column (`nome:       "Ana Ruiz"`).
const NAME_KEY =
  /(?:^|[\s{(,;])(?:self\.|this\.|@|\$|:)?["']?(?:name|full_?name|fullName|my_?name|nombre|nome|nom|имя|名前|姓名)["']?\s{0,12}(?:=>|:=|[:=])\s{0,12}(["'`])([^"'`\n]{1,60})\1/iu;
// `name: Ana Ruiz`, and a padded key in the author's language (`Nome      : Ana Ruiz`, `Nombre: …`).
const YAML_NAME =
  /^\s{0,8}(?:(?:full_?)?name|nome(?:\s(?:completo))?|nombre(?:\s(?:completo))?|nom(?:\s(?:complet))?|имя|이름|名前|姓名)\s{0,12}[:：]\s{0,3}([^"'#:\n]{1,60})$/iu;
const STRING = /(["'`])([^"'`\n]{4,200})\1/gu;

/** The name a code block's bio states: a `name` key, or a greeting printed in a string. */
export function codeName(code: string, handle: string | null): string | null {
  // A bio block's `name` (and `surname`) entry, however its language writes the key.
  const bio = codeBioName(code);
  const keyed = bio?.name ? wholeName(bio.name.trim(), handle) : null;
  if (keyed) return keyed;
  for (const line of code.slice(0, 6000).split('\n', 120)) {
    const short = line.slice(0, 300);
    const keyed = NAME_KEY.exec(short) ?? YAML_NAME.exec(short);
    const value = keyed ? (keyed[2] ?? keyed[1])! : null;
    const name = value ? wholeName(value.trim(), handle) : null;
    if (name) return name;
    for (const match of short.matchAll(STRING)) {
      const greeting = nameInText(match[2]!, { handle });
      if (greeting) return greeting;
    }
  }
  // `class JaneDoe`, `struct AnaRuiz`: a bio's type named like a person, when nothing states a name.
  return bio?.typeName ? wholeName(bio.typeName, handle) : null;
}

const STATS_ALT =
  /^(.{1,40}?)(?:['’]s?)?\s{1,3}(?:(?:github|readme|git)\s{1,3}){0,2}(?:stats|statistics|streak|top\s{1,3}lang|most\s{1,3}used|trophies|contributions|activity|header|banner|avatar|photo|picture|portrait)\b/iu;
// "Andrew Grant's GitHub Profile README": only with the possessive ("Profile views" names nobody).
const PROFILE_ALT = /^(.{1,40}?)['’]s?\s{1,3}(?:github\s{1,3})?(?:profile|readme)\b/iu;
const SHOWING_ALT =
  /^(?:an?\s+)?(?:image|photo|picture|portrait|avatar|selfie)\s+(?:of|showing|with)\s+(.{1,80})/iu;

/** A name an image alt states: "Leo's github stats", "Tetsuo Koyama github stats", "Photo of Ana Ruiz". */
export function imageAltName(alt: string, handle: string | null): string | null {
  const text = cleanNameText(alt);
  const showing = SHOWING_ALT.exec(text);
  if (showing) return readPersonName(showing[1]!, { handle });
  const stats = STATS_ALT.exec(text) ?? PROFILE_ALT.exec(text);
  if (!stats) return null;
  // "LeetCode Stats", "WakaTime stats": without a possessive, a site or tool the vocabulary knows names the
  // card's source, not its owner.
  if (!/['’]/.test(stats[0]) && lookupTechnology(stats[1]!.trim())) return null;
  return wholeName(stats[1]!, handle);
}
