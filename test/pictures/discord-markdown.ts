// discordMarkdown: Discord's message markdown (as in embed descriptions and field values) → HTML or plain text.
// Follows Discord's own rules: a backslash escapes any ASCII punctuation in text, but only markdown characters
// in titles and field names (where "\(" shows as typed); masked links render only in descriptions and values.

export interface MarkdownPlace {
  /** Masked links [label](url) render (descriptions, field values), or stay literal (titles, field names). */
  links: boolean;
  /** Output plain text (for places Discord shows as bold text without tags, e.g. the embed title attribute). */
  plain?: boolean;
}

const PUNCTUATION = /[!-/:-@[-`{-~]/;
const TITLE_ESCAPABLE = /[\\*_~|`#>-]/;
const WRAPS: [string, string][] = [
  ['**', 'strong'],
  ['__', 'u'],
  ['~~', 's'],
  ['||', 'span class="spoiler"'],
  ['*', 'em'],
  ['_', 'em'],
];

/** Length of a bare URL starting at `at` (Discord and Slack both link these), trailing punctuation left out. */
export function bareUrlLength(text: string, at: number): number {
  if (!/^https?:\/\/./.test(text.slice(at, at + 9))) return 0;
  let end = at;
  while (end < text.length && !/[\s<]/.test(text[end]!)) end++;
  while (end > at && /[.,:;"')\]]/.test(text[end - 1]!)) end--;
  return end - at;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Index of `marker` at or after `from`, skipping backslash escapes; -1 when it never closes. */
function closer(text: string, from: number, marker: string): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text.startsWith(marker, i)) return i;
  }
  return -1;
}

function inline(text: string, place: MarkdownPlace): string {
  const escapable = place.links ? PUNCTUATION : TITLE_ESCAPABLE;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const next = text[i + 1];
    if (ch === '\\' && next !== undefined && escapable.test(next)) {
      out += place.plain ? next : escapeHtml(next);
      i += 2;
      continue;
    }
    if (ch === '`') {
      const end = text.indexOf('`', i + 1);
      if (end > i + 1) {
        const code = text.slice(i + 1, end);
        out += place.plain ? code : `<code>${escapeHtml(code)}</code>`;
        i = end + 1;
        continue;
      }
    }
    if (ch === '[' && place.links) {
      const mid = closer(text, i + 1, '](');
      const end = mid < 0 ? -1 : text.indexOf(')', mid + 2);
      if (mid > i + 1 && end > mid + 2 && /^https?:\/\/\S+$/.test(text.slice(mid + 2, end))) {
        const label = inline(text.slice(i + 1, mid), place);
        out += place.plain ? label : `<a href="${escapeHtml(text.slice(mid + 2, end))}">${label}</a>`;
        i = end + 1;
        continue;
      }
    }
    const url = place.links ? bareUrlLength(text, i) : 0;
    if (url > 0) {
      const href = text.slice(i, i + url);
      out += place.plain ? href : `<a href="${escapeHtml(href)}">${escapeHtml(href)}</a>`;
      i += url;
      continue;
    }
    const wrap = WRAPS.find(([marker]) => text.startsWith(marker, i));
    if (wrap) {
      const [marker, tag] = wrap;
      const end = closer(text, i + marker.length + 1, marker);
      if (end > 0) {
        const inner = inline(text.slice(i + marker.length, end), place);
        out += place.plain ? inner : `<${tag}>${inner}</${tag.split(' ')[0]}>`;
        i = end + marker.length;
        continue;
      }
    }
    out += place.plain ? ch : escapeHtml(ch);
    i++;
  }
  return out;
}

/** One line: headings, quotes and bullets at its start (Discord's block rules), then inline markdown. */
function line(text: string, place: MarkdownPlace): string {
  const heading = /^(#{1,3}) (.*)$/.exec(text);
  if (heading && place.links && !place.plain) {
    const level = heading[1]!.length;
    return `<div class="md-h${level}">${inline(heading[2]!, place)}</div>`;
  }
  if (text.startsWith('> ') && place.links && !place.plain) {
    return `<div class="md-quote">${inline(text.slice(2), place)}</div>`;
  }
  const bullet = /^([-*]) (.*)$/.exec(text);
  if (bullet && place.links && !place.plain) return `<div class="md-li">• ${inline(bullet[2]!, place)}</div>`;
  return place.plain ? inline(text, place) : `<div>${inline(text, place) || '<br>'}</div>`;
}

export function discordMarkdown(text: string, place: MarkdownPlace): string {
  return text
    .split('\n')
    .map((l) => line(l, place))
    .join(place.plain ? '\n' : '');
}
