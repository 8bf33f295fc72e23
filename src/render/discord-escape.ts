// Escapes profile and user text for Discord markdown, and defuses mentions (belt to allowed_mentions' braces).

// Only characters Discord's markdown acts on: a backslash before anything else (a parenthesis) shows literally
// in places such as embed titles, so "Machine Learning (Production)" stays as written.
const INLINE = /([\\*_~|`])/g;
// Masked links ([label](url)) render in descriptions and field values only.
const LINK_BRACKETS = /([[\]])/g;
// What Discord autolinks: from the scheme to the next space or "<" (its own rule); markdown does not apply inside.
const URL = /(https?:\/\/[^\s<]+)/;
const LINE_START = /^([ \t]*)([#>-]|\d+\.)/gm;

/** Escapes for Discord markdown; `links: false` for titles and field names, where masked links never render. */
export function escapeDiscord(text: string, options: { links?: boolean } = {}): string {
  // Discord keeps a backslash inside a URL (the link would open ".../jane\\_doe"): URLs stay as written.
  const inline = text
    .split(URL)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(INLINE, '\\$1')))
    .join('');
  return defuseMentions(options.links === false ? inline : inline.replace(LINK_BRACKETS, '\\$1')).replace(
    LINE_START,
    '$1\\$2',
  );
}

/** A markdown link whose label is escaped and whose URL cannot close the link early. */
export function discordLink(label: string, url: string): string {
  const safeUrl = url.replace(/\)/g, '%29').replace(/\s/g, '%20');
  return /^https?:\/\//i.test(url)
    ? `[${escapeDiscord(label)}](${safeUrl})`
    : `${escapeDiscord(label)}: ${escapeDiscord(url)}`;
}

/** For text Discord shows without markdown (footers, button labels): only mentions need defusing. */
export function defuseMentions(text: string): string {
  return text.replace(/@(everyone|here)\b/gi, '@\u200b$1').replace(/<([@#:!]|a:|t:)/g, '<\u200b$1');
}
