// stackLineSkills: a project's or job's own stack line ("Stack: Go · Kubernetes · Cilium", "Tech: …",
// "Built with …", "기술 스택: Java, Spring Boot", "技術スタック：…", "Tecnologias: …") lists what the author
// built it with: the known technologies it names are the author's skills, filed under the project or job.
import type { RootContent } from 'mdast';
import { foldText } from '../../text/fold-text.js';
import { contentLines } from '../markdown/content-lines.js';
import type { DocSection } from '../markdown/source-document.js';
import { isKnownSkill } from '../vocabulary/skill-aliases.js';
import type { ShapedLine } from './skill-list-shape.js';
import { normalise } from './skill-list-shape.js';
import { splitSkillLine } from './split-skill-list.js';

const MAX_LINE = 300;

// Labels of a stack line, folded as foldText folds them (accents off, any punctuation one space).
const STACK_LABELS = new Set(
  [
    'stack|tech stack|technology stack|technical stack|stack used|tech used|tech|techs|technologies|' +
      'technology|technologies used|key technologies|tools|tools used|tooling|tech and tools|' +
      'tools and technologies|technologies and tools|built with|built using|made with|powered by|environment',
    // Spanish, Portuguese, French, German, Italian.
    'tecnologias|tecnologias usadas|tecnologias utilizadas|stack tecnologico|stack utilizado|stack utilizada|' +
      'herramientas|hecho con|ferramentas|feito com|stack tecnica|technologies utilisees|stack technique|' +
      'technos|outils|fait avec|realise avec|technologien|eingesetzte technologien|' +
      'verwendete technologien|werkzeuge|tecnologie|tecnologie utilizzate',
    // Korean, Japanese, Chinese, Russian.
    '기술 스택|기술스택|사용 기술|사용기술|기술|개발 환경|개발환경|技術スタック|使用技術|技術|開発環境|' +
      '使用言語|技术栈|技術棧|技术|使用技术|开发环境|技术选型|стек|стек технологий|технологии|инструменты',
  ]
    .join('|')
    .split('|')
    .map(foldText),
);

// Titles of other people's work or of a feed: repositories starred or contributed to, favourites, lists.
const OTHERS_WORK =
  /contribut|\bstar(?:s|red)\b|favou?rite|awesome|\bforks?\b|bookmark|\bliked?\b|inspir|following|beitr[äa]g/i;

/** Whether the section and those above it are the author's own work, not a feed of other people's. */
export const ownWorkSection = (section: DocSection, ancestors: readonly DocSection[]): boolean =>
  ![...ancestors, section].some((s) => s.level >= 2 && OTHERS_WORK.test(s.title));

// "Built with Go and Postgres" needs no colon: the phrase itself is the label.
const BUILT_WITH = [
  'built with ',
  'built using ',
  'made with ',
  'powered by ',
  'hecho con ',
  'feito com ',
  'fait avec ',
];

/** "Built with Go, Postgres" as "Built with: Go, Postgres"; any other text unchanged. */
function withBuiltWithColon(text: string): string {
  const head = text.slice(0, 12).toLowerCase();
  const phrase = BUILT_WITH.find((p) => head.startsWith(p));
  return phrase ? `${text.slice(0, phrase.length - 1)}: ${text.slice(phrase.length)}` : text;
}

const MAX_WORDS = 4;
// "Elixir and Phoenix", "Go & Postgres", "Python e Flutter": the last two names of a list.
const AND = /\s(?:and|&|\+|e|y|et|und|및|와|과)\s/;

/**
 * The item when it is a known technology, else its longest known opening words ("Linux Kernel Tuning" →
 * Linux, "Spring Boot 2.x" → Spring Boot, "Cilium ZTP" → Cilium), else null: a later word only qualifies
 * the head ("Spring Batch" is no batch file).
 */
function knownHead(item: string): string | null {
  if (isKnownSkill(item)) return item;
  const words = item.split(' ').filter((w) => w.length > 0);
  for (let n = Math.min(words.length, MAX_WORDS) - 1; n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    if (isKnownSkill(head)) return head;
  }
  return null;
}

/** The known technologies of each stack line in the blocks. `skip` names lines that claim nothing (learning). */
export function stackLineSkills(
  blocks: readonly RootContent[],
  skip: (text: string) => boolean,
): ShapedLine[] {
  const out: ShapedLine[] = [];
  for (const line of contentLines(blocks)) {
    if (line.type === 'row' || line.text.length > MAX_LINE) continue;
    const text = withBuiltWithColon(normalise(line.text));
    if (!text.includes(':') && !text.includes('：')) continue;
    const { label, names } = splitSkillLine(text);
    if (label === null || !STACK_LABELS.has(foldText(label)) || skip(text)) continue;
    const known = names
      .flatMap((name) => name.split(AND))
      // "Golang/Gin": a pair of names, unless the pair is one name itself ("CI/CD", "TCP/IP").
      .flatMap((name) => (isKnownSkill(name) ? [name] : name.split('/')))
      .map(knownHead)
      .filter((name) => name !== null);
    if (known.length > 0) out.push({ label: null, names: known, text: line.text, line: line.line });
  }
  return out;
}
