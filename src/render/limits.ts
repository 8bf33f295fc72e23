// Platform limits in one place (from the Discord and Slack docs); renderers and their tests read them.
import { sliceWhole } from '../text/slice-whole.js';

export const DISCORD = {
  content: 2000,
  embedsPerMessage: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  totalEmbedChars: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

export const SLACK = {
  blocks: 50,
  sectionText: 3000,
  header: 150,
  fieldsPerSection: 10,
  fieldText: 2000,
  contextElements: 10,
  buttonText: 75,
  actionId: 255,
  buttonValue: 2000,
  buttonUrl: 3000,
  elementsPerActions: 25,
  text: 40000,
  /** chat.postMessage answers msg_blocks_too_long past roughly 12–13k characters of blocks: stay well under. */
  blocksJson: 11000,
  /** A fields section kept to this much text, so one block never crowds a page. */
  fieldsSectionText: 4000,
} as const;

/** Cuts a label that must fit a hard limit (titles, button labels), marking the cut with "…". */
export function fitLabel(text: string, max: number): string {
  return text.length <= max ? text : `${sliceWhole(text, 0, max - 1).trimEnd()}…`;
}

/**
 * Splits text into chunks of at most `max` characters, at line breaks where possible, then at spaces:
 * nothing is dropped, so every chunk can go on its own field or page.
 */
export function chunkText(text: string, max: number): string[] {
  const chunks: string[] = [];
  let current = '';
  const push = () => {
    if (current) chunks.push(current);
    current = '';
  };
  for (const line of text.split('\n')) {
    const candidate = current ? `${current}\n${line}` : line;
    if (candidate.length <= max) {
      current = candidate;
      continue;
    }
    push();
    let rest = line;
    while (rest.length > max) {
      const space = rest.lastIndexOf(' ', max);
      // A limit narrower than one code point (max 1 against an emoji) would give an empty piece and never
      // advance: take the whole code point then, the only cut that neither loops nor breaks a pair.
      const piece =
        sliceWhole(rest, 0, space > max / 2 ? space : max) || String.fromCodePoint(rest.codePointAt(0) ?? 32);
      chunks.push(piece);
      rest = rest.slice(piece.length).trimStart();
    }
    current = rest;
  }
  push();
  return chunks.length > 0 ? chunks : [''];
}
