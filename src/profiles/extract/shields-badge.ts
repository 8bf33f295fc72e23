// readShieldsBadge: the label, message and logo of a shields.io badge URL (/badge/… paths and static/v1).
import { decodeOrKeep } from './decode-or-keep.js';

export interface ShieldsBadge {
  /** Left text ("" when the badge has none). */
  label: string;
  /** Right text ("Expert" in /badge/Angular-Expert-red). */
  message: string;
  /** The `logo=` slug, lowercased, or "". */
  logo: string;
}

const HEX = /^#?[0-9a-f]{3,8}$/i;

// Labels naming a kind of technology, not one: the message is the technology ("Shell-Bash", "Language-Go",
// "Platform-Android", "Backend-Firebase"), also in Spanish, Portuguese, French and German.
const CATEGORY_LABEL =
  /^(?:(?:programming |main )?languages?|lang|code|coding|shell|scripting|tools?|tooling|frameworks?|librar(?:y|ies)|lib|(?:back|front)[- ]?end|full[- ]?stack|databases?|db|platforms?|os|editor|ide|cloud|devops|infra(?:structure)?|ui|styling|styles?|testing|tests?|ci(?:\/cd)?|cd|build|bundler|runtime|orm|api|ai|ml|mobile|web|stack|tech|skills?|server|deploy(?:ment)?|hosting|containers?|orchestration|package manager|state(?: management)?|auth|monitoring|messaging|queue|cache|storage|search|design|iac|engine|game engine|compiler|vcs|version control|made with|built with|powered by|written in|uses|using|lenguaje|linguagem|langage|sprache|herramientas?|ferramentas?|outils?|werkzeuge?|base de datos|banco de dados|hecho con|feito com|fait avec)$/i;

/** One part of a /badge/ path: "--" is a dash, "__" an underscore, "_" a space. */
function unescapePart(part: string): string {
  // Most parts have neither an escaped dash nor an underscore: only trimming to do.
  if (!part.includes('_') && !part.includes('\u0000')) return part.trim();
  return part
    .replace(/\u0000/g, '-')
    .replace(/__/g, '\u0001')
    .replace(/_/g, ' ')
    .replace(/\u0001/g, '_')
    .trim();
}

/** The texts of a shields.io badge, or null when the URL is not a static shields badge. */
export function readShieldsBadge(url: URL): ShieldsBadge | null {
  const host = url.hostname.toLowerCase();
  if (host !== 'img.shields.io' && host !== 'shields.io' && host !== 'badgen.net') return null;
  // Reading searchParams builds a parameter list: only when there is a query to read.
  const params = url.search ? url.searchParams : null;
  const logo = (params?.get('logo') ?? '').trim().toLowerCase();
  // Each URL getter is a call into the native parser: the path is read once.
  const pathname = url.pathname;
  if (pathname.startsWith('/static/')) {
    return {
      label: (params?.get('label') ?? '').trim(),
      message: (params?.get('message') ?? '').trim(),
      logo,
    };
  }
  if (!pathname.startsWith('/badge/')) return null;
  // "/badge/dynamic/json?label=Followers&query=…": the message is a live value, not the path's words.
  if (pathname.startsWith('/badge/dynamic/'))
    return { label: (params?.get('label') ?? '').trim(), message: '', logo };
  const content = decodeOrKeep(pathname.slice('/badge/'.length).replace(/\.(svg|png)$/i, ''));
  const parts = content.replace(/--/g, '\u0000').split('-').map(unescapePart);
  // badgen: label/message/colour with slashes.
  if (parts.length === 1 && content.includes('/')) {
    const [label = '', message = ''] = content.split('/').map((p) => p.trim());
    // "badge/icon/npm?icon=npm&label": badgen's "icon" subject only holds the icon's place; `label=` hides it.
    const hidden = params?.has('label') || label.toLowerCase() === 'icon';
    return {
      label: hidden ? (params?.get('label') ?? '').trim() : label,
      message,
      logo: logo || iconOf(params),
    };
  }
  // shields: label-message-colour, message-colour, or a lone message.
  const [label, message] = parts.length >= 3 ? [parts[0]!, parts.slice(1, -1).join('-')] : ['', parts[0]!];
  const labelOverride = params?.get('label') ?? null;
  return { label: notColour(labelOverride ?? label), message: notColour(message), logo };
}

/** badgen's `icon=` slug ("icon=npm"), lowercased, or "". */
function iconOf(params: URLSearchParams | null): string {
  return (params?.get('icon') ?? '').trim().toLowerCase();
}

/** The text, or "" when it is only a colour ("-ff0000"). A module function: tsx names every closure. */
function notColour(text: string): string {
  return HEX.test(text.replace(/^-+/, '')) ? '' : text;
}

/** The badge's texts in the order they claim a technology: under a category label, the message first. */
export function claimTexts(badge: ShieldsBadge): string[] {
  const texts = [badge.label, badge.message].filter((t) => t.trim());
  return CATEGORY_LABEL.test(badge.label.trim()) ? texts.reverse() : texts;
}
