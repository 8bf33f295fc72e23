// slackMrkdwn: Slack's mrkdwn (section and context text) → HTML, following Slack's rules: *bold*, _italic_,
// ~strike~ and `code` at word edges, <url|label> links, &amp; &lt; &gt; decoded, and no backslash escapes at all.
import { bareUrlLength, escapeHtml } from './discord-markdown.js';

const WRAPS: Record<string, string> = { '*': 'strong', _: 'em', '~': 's' };
const WORD = /[\p{L}\p{N}]/u;

function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** A <…> token: a link (<url> or <url|label>); anything else (mentions) shows as its text. */
function angle(inner: string): string {
  const bar = inner.indexOf('|');
  const target = bar < 0 ? inner : inner.slice(0, bar);
  const label = bar < 0 ? target.replace(/^mailto:/, '') : inner.slice(bar + 1);
  if (/^(https?:|mailto:)/.test(target)) {
    return `<a href="${escapeHtml(target)}">${escapeHtml(decode(label))}</a>`;
  }
  return escapeHtml(decode(label));
}

/** Slack opens a wrap only after a non-word character and before a non-space, and closes it symmetrically. */
function wrapEnd(text: string, start: number, marker: string): number {
  if (start > 0 && WORD.test(text[start - 1]!)) return -1;
  if (!text[start + 1] || /\s/.test(text[start + 1]!)) return -1;
  for (let i = start + 2; i < text.length; i++) {
    if (text[i] === '\n') return -1;
    if (text[i] === marker && !/\s/.test(text[i - 1]!) && !WORD.test(text[i + 1] ?? ' ')) return i;
  }
  return -1;
}

function inline(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '<') {
      const end = text.indexOf('>', i + 1);
      if (end > i + 1) {
        out += angle(text.slice(i + 1, end));
        i = end + 1;
        continue;
      }
    }
    if (ch === '`') {
      const end = text.indexOf('`', i + 1);
      if (end > i + 1 && !text.slice(i, end).includes('\n')) {
        out += `<code>${escapeHtml(decode(text.slice(i + 1, end)))}</code>`;
        i = end + 1;
        continue;
      }
    }
    // mrkdwn text is not `verbatim`, so Slack links bare URLs itself.
    const url = bareUrlLength(text, i);
    if (url > 0) {
      const href = decode(text.slice(i, i + url));
      out += `<a href="${escapeHtml(href)}">${escapeHtml(href)}</a>`;
      i += url;
      continue;
    }
    const tag = WRAPS[ch];
    if (tag) {
      const end = wrapEnd(text, i, ch);
      if (end > 0) {
        out += `<${tag}>${inline(text.slice(i + 1, end))}</${tag}>`;
        i = end + 1;
        continue;
      }
    }
    if (ch === '&') {
      const entity = /^&(lt|gt|amp);/.exec(text.slice(i, i + 5));
      if (entity) {
        out += escapeHtml(decode(entity[0]));
        i += entity[0].length;
        continue;
      }
    }
    out += ch === '\n' ? '<br>' : escapeHtml(ch);
    i++;
  }
  return out;
}

export function slackMrkdwn(text: string): string {
  return inline(text);
}
