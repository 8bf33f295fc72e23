// parseSimpleHtml: the plain, well-nested HTML that profile READMEs use (<p align>, <a><img></a>, <br>,
// <sub>, <details>, <pre>, tables, comments) read straight into hast, or null when anything needs the full
// HTML algorithm (parse5). parse5 costs ~20 % of parsing a real README; this reads the common case in a
// single pass and refuses everything whose HTML reading it does not reproduce exactly.
import { decodeHTML } from 'entities/decode';
import type { Element, ElementContent, Root } from 'hast';
import { closeElement, isOpen, openElement, readable, VOID } from './open-element.js';
import { opensTag, scanEndTag, scanStartTag } from './scan-tag.js';
import {
  insertionMode,
  type RootMode,
  tableEndTag,
  tableStartTag,
  textFits,
} from './table-insertion-mode.js';

const WHITESPACE = ' \t\n\f';

interface Place {
  line: number;
  column: number;
  offset: number;
}

/** The reader's state; module functions over it, not per-call closures (tsx names every closure it makes). */
interface Reader {
  html: string;
  line: number;
  lineStart: number;
  /** The first newline at or after lineStart (-1: none): kept so each place() scans only new text. */
  nextNewline: number;
  stack: (Root | Element)[];
  rootMode: RootMode;
  /** The text run ahead opens a <pre> with a newline that HTML drops. */
  dropNewline: boolean;
}

function place(r: Reader, offset: number): Place {
  while (r.nextNewline !== -1 && r.nextNewline < offset) {
    r.line++;
    r.lineStart = r.nextNewline + 1;
    r.nextNewline = r.html.indexOf('\n', r.lineStart);
  }
  return { line: r.line, column: offset - r.lineStart + 1, offset };
}

function add(r: Reader, node: ElementContent): void {
  (r.stack[r.stack.length - 1]!.children as ElementContent[]).push(node);
}

/** HTML reads a run of characters as one text node, "<" that starts no tag included. */
function addText(r: Reader, raw: string, from: number, to: number): boolean {
  if (!textFits(insertionMode(r.stack, r.rootMode), raw)) return false;
  const value = raw.includes('&') ? decodeHTML(raw) : raw;
  const siblings = r.stack[r.stack.length - 1]!.children;
  const last = siblings[siblings.length - 1];
  if (last?.type === 'text') {
    last.value += value;
    last.position = { start: last.position!.start, end: place(r, to) };
  } else add(r, { type: 'text', value, position: { start: place(r, from), end: place(r, to) } });
  return true;
}

/** Fragment HTML → hast (positions relative to the fragment), or null to fall back to parse5. */
export function parseSimpleHtml(html: string): Root | null {
  if (html.includes('\r') || html.includes('\0')) return null;
  const root: Root = { type: 'root', children: [] };
  const r: Reader = {
    html,
    line: 1,
    lineStart: 0,
    nextNewline: html.indexOf('\n'),
    stack: [root],
    rootMode: 'template',
    dropNewline: false,
  };
  const { stack } = r;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? html.length : lt;
    if (textEnd > i) {
      const raw = r.dropNewline ? html.slice(i + 1, textEnd) : html.slice(i, textEnd);
      r.dropNewline = false;
      if (!addText(r, raw, i, textEnd)) return null;
    }
    if (lt === -1) break;
    i = lt;
    const next = html[i + 1] ?? '';
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      const body = close === -1 ? '' : html.slice(i + 4, close);
      // Abrupt ("<!-->"), unterminated and "--!>" comments end differently in HTML.
      if (close === -1 || body.startsWith('>') || body.startsWith('->') || body.includes('--!>')) return null;
      const start = place(r, i);
      i = close + 3;
      add(r, { type: 'comment', value: body, position: { start, end: place(r, i) } });
      continue;
    }
    if (next === '/') {
      const end = scanEndTag(html, i);
      if (!end) return null;
      const { tag } = end;
      const table = tableEndTag(stack, insertionMode(stack, r.rootMode), tag);
      if (table === null) return null;
      // "</br>" is read as a <br>, and "</p>" with no <p> open as an empty <p> (both without a position).
      if (table === 'body' && (tag === 'br' || (tag === 'p' && !isOpen(stack, 'p'))))
        add(r, { type: 'element', tagName: tag, properties: {}, children: [] });
      else if (table === 'body' && !closeElement(stack, tag)) return null;
      i = end.end;
      continue;
    }
    if (!opensTag(html, i)) {
      if (next === '!' || next === '?') return null;
      if (!addText(r, '<', i, i + 1)) return null;
      i++;
      continue;
    }
    const start = scanStartTag(html, i);
    if (!start) return null;
    const { tag, properties } = start;
    const table = tableStartTag(insertionMode(stack, r.rootMode), tag);
    if (table === null) return null;
    if (table === 'body' || table === 'row' || table === 'section') {
      if (tag !== 'table' && !readable(tag) && table === 'body') return null;
      if (!openElement(stack, tag)) return null;
      if (r.rootMode === 'template') r.rootMode = table === 'body' ? 'body' : table;
    }
    // An implied <tbody> (a <tr> straight in a <table>) has no place in the source.
    if (table === 'implied-tbody') {
      const tbody: Element = { type: 'element', tagName: 'tbody', properties: {}, children: [] };
      add(r, tbody);
      stack.push(tbody);
    }
    const from = place(r, i);
    i = start.end;
    const element: Element = {
      type: 'element',
      tagName: tag,
      properties,
      children: [],
      position: { start: from, end: place(r, i) },
    };
    add(r, element);
    if (!VOID.has(tag)) stack.push(element);
    if (tag === 'pre' && html[i] === '\n') {
      // HTML drops the newline that opens a <pre>; a text run starting there keeps the newline's place.
      let j = i + 1;
      while (j < html.length && WHITESPACE.includes(html[j]!)) j++;
      if (html[j] === '&') return null;
      if (j === i + 1) i++;
      else r.dropNewline = true;
    }
    // Deeper nesting goes to parse5, whose reader flattens it.
    if (stack.length > 40) return null;
  }
  return root;
}
