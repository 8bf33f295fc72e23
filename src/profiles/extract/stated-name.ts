// findStatedName: the name a reader finds in a README and where it came from — a greeting near the top,
// the title heading, a bold name, a code-mode bio, an image alt, or words that spell the handle.
import type { Code } from 'mdast';
import { contentLines } from '../markdown/content-lines.js';
import { classifySection } from '../markdown/section-kinds.js';
import type { DocSection, SourceDocument } from '../markdown/source-document.js';
import { allSections } from '../markdown/walk-sections.js';
import type { NameSource } from '../model/profile.js';
import {
  bannerName,
  capsuleText,
  openingImageAlt,
  saidInImage,
  typedTitleName,
  welcomePageOwner,
} from './banner-names.js';
import { type Candidate, chooseName, ENDS_IN_INITIAL, pick, RANK, type StatedName } from './choose-name.js';
import { textBlockLines } from './code-block-text.js';
import { copiedCardNames } from './copied-card-names.js';
import { firstBoldName } from './first-bold-name.js';
import { formName } from './form-name.js';
import { handleSpeller } from './handle-spelling.js';
import { koreanTitledName } from './name-cjk.js';
import { nameInText } from './name-greetings.js';

export type { StatedName } from './choose-name.js';

import { bareHeadingName, codeName, imageAltName, isTopicWord } from './name-places.js';
import { pageImages, typingSvgLines } from './page-images.js';
import { isHandle } from './read-person-name.js';

/** How far down a greeting counts: the first headings and lines are where people introduce themselves. */
const EARLY_HEADINGS = 4;
const EARLY_LINES = 25;
const MAX_LINES = 400;
const MAX_CODE_BLOCKS = 12;
const EARLY_FORM_LINES = 60;

const HAN_NAME = /^\p{Script=Han}{2,3}$/u;
const ASIDE_AFTER = /[(（]([^()（）]{1,30})[)）]\s*$/u;

/** A title that is a Han name followed by an aside that is no section word ("吳彥東 (東東)", not "工具 (Tools)"). */
function hanNameWithAside(title: string, name: string): boolean {
  const aside = ASIDE_AFTER.exec(title)?.[1]?.trim();
  return (
    HAN_NAME.test(name) && aside !== undefined && classifySection(aside) === 'other' && !isTopicWord(aside)
  );
}

function codeBlocks(sections: readonly DocSection[]): Code[] {
  const out: Code[] = [];
  for (const section of sections)
    for (const block of section.blocks)
      if (block.type === 'code' && out.length < MAX_CODE_BLOCKS) out.push(block);
  return out;
}

/**
 * The headings that may be a plain name: the first one or the first top-level one if it is second, and
 * only as a title — a level-1 heading, or the only heading of its level ("## Stats" among other "##"
 * sections is a topic).
 */
function titleHeadings(sections: readonly DocSection[]): Set<DocSection> {
  const headings = sections.filter((s) => s.level > 0);
  const top = headings.reduce((min, s) => Math.min(min, s.level), 7);
  const firstTop = headings.findIndex((s) => s.level === top);
  const isTitle = (s: DocSection | undefined): s is DocSection =>
    s !== undefined && (s.level === 1 || headings.filter((h) => h.level === s.level).length === 1);
  return new Set([headings[0], firstTop <= 1 ? headings[firstTop] : undefined].filter(isTitle));
}

export function findStatedName(
  doc: SourceDocument,
  handle: string | null,
  sections: readonly DocSection[] = allSections(doc),
): StatedName | null {
  // Built on first use: most READMEs state a full name early and never spell the handle.
  let speller: ((text: string) => string | null) | undefined;
  const spelled = (text: string) => {
    speller ??= handleSpeller(handle);
    return speller(text);
  };
  const found: Candidate[] = [];
  const add = (name: string | null, source: NameSource, section: DocSection | null = null) => {
    if (name && !((source === 'prose' || source === 'image-alt') && isHandle(name, handle)))
      found.push({ name, source, section, rank: RANK[source] ?? 9 });
  };
  // Ranked below image alts: a romanised spelling in the banner is what readers search by.
  const titledKorean: Candidate[] = [];
  const addKoreanTitled = (text: string) => {
    const name = koreanTitledName(text);
    const titled = name
      ? { name, source: 'greeting' as const, section: null, rank: RANK['image-alt']! + 1 }
      : null;
    if (titled) found.push(titled);
    if (titled) titledKorean.push(titled);
  };
  // Greetings in the first headings and lines, in document order; the title heading as a plain name.
  const titles = titleHeadings(sections);
  let headings = 0;
  let lines = 0;
  for (const section of sections) {
    if (section.level > 0 && ++headings > EARLY_HEADINGS) break;
    if (section.level > 0 && headings <= 3) {
      addKoreanTitled(section.rawTitle);
      const greeting = nameInText(section.rawTitle, { handle, weakIntros: true, lowercase: true });
      add(greeting, 'greeting', section);
      // "# Welcome to Justin's GitHub page!": the title welcomes to the owner's page.
      const welcomed = greeting ? null : welcomePageOwner(section.rawTitle, handle);
      add(welcomed, 'heading', section);
      if (!greeting && !welcomed && titles.has(section))
        add(bareHeadingName(section.rawTitle, handle, doc.text), 'heading', section);
      else if (!greeting && headings === 1) {
        // A first "## Jane Doe" among other "##" sections: only a full name in cased letters counts
        // (a lone word or an uncased script is as likely a topic: "## TLDR", "## プロフィール統計").
        // "## 吳彥東 (東東)": a Han name of two or three characters with a bracketed nickname is a name too.
        const name = bareHeadingName(section.rawTitle, handle);
        const cased = name !== null && /\s/.test(name) && /^\p{Lu}/u.test(name);
        if (name && (cased || hanNameWithAside(section.rawTitle, name))) add(name, 'heading', section);
      }
    }
    const sectionLines = contentLines(section.blocks);
    if (headings <= 2) add(firstBoldName(section.blocks, handle), 'bold');
    for (const line of sectionLines) {
      if (line.type === 'row' || ++lines > EARLY_LINES) break;
      add(nameInText(line.text, { handle }), 'greeting');
      addKoreanTitled(line.text);
    }
  }
  // A full name from a greeting or the title needs nothing else; a first name may get a fuller one below.
  const best = pick(found);
  // "# Caio G": a title ending in an initial may be spelled out further down (a banner's alt).
  const initialed = best?.source === 'heading' && ENDS_IN_INITIAL.test(best.name);
  if (best && best.rank <= RANK.heading! && best.name.includes(' ') && !initialed)
    return chooseName(found, handle);
  // "| Name | Jiro (次郎) |", "> ID: ZakPT": a form field in the first lines.
  let formLines = 0;
  for (const section of sections) {
    const lines = contentLines(section.blocks).slice(0, EARLY_FORM_LINES - formLines);
    add(formName(lines, handle), 'code');
    formLines += lines.length;
    if (formLines >= EARLY_FORM_LINES) break;
  }
  for (const block of codeBlocks(sections)) {
    add(codeName(block.value, handle), 'code');
    // A bio typed into a plain ``` block: "Hello! I'm Tomasz Lind, …".
    for (const line of textBlockLines(block).slice(0, 8)) add(nameInText(line.text, { handle }), 'code');
  }
  const images = pageImages(doc.text);
  for (const src of images.typing)
    typingSvgLines(src).forEach((line, i) => {
      const greeting = nameInText(line, { handle, weakIntros: true });
      add(greeting, 'greeting');
      if (!greeting && i === 0) add(typedTitleName(line, handle), 'image-alt');
    });
  for (const src of images.banners) {
    const text = capsuleText(src);
    add(text ? bannerName(text, handle) : null, 'image-alt');
  }
  const opening = openingImageAlt(doc);
  if (opening) add(bannerName(opening, handle), 'image-alt');
  const copied = copiedCardNames(doc.text, handle);
  for (const alt of images.alts) {
    const said = saidInImage(alt);
    const named =
      imageAltName(alt, handle) ?? nameInText(alt, { handle }) ?? (said ? bannerName(said, handle) : null);
    if (!named || !copied(alt, named)) add(named, 'image-alt');
    add(spelled(alt), 'image-alt');
  }
  let seen = 0;
  for (const section of sections) {
    add(spelled(section.rawTitle), 'prose');
    for (const line of contentLines(section.blocks)) {
      if (++seen > MAX_LINES) break;
      add(spelled(line.text), 'prose');
    }
  }
  // A Hangul nickname baked into a banner ("I'm 녜정") is no romanised spelling: the name the intro states wins.
  if (!found.some((c) => c.source === 'image-alt' && /\p{Script=Latin}/u.test(c.name)))
    for (const titled of titledKorean) titled.rank = RANK['image-alt']! - 0.5;
  return chooseName(found, handle);
}
