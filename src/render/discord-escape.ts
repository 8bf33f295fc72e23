// Escapes profile and user text for Discord markdown, and defuses mentions (belt to allowed_mentions' braces).

const INLINE = /([\\*_~|`[\]()<>])/g;
const LINE_START = /^([^\S\n\r\u2028\u2029]*)([#>-]|\d+\.)/gm;

export function escapeDiscord(text: string): string {
  return text
    .replace(INLINE, '\\$1')
    .replace(LINE_START, '$1\\$2')
    .replace(/@(everyone|here)\b/gi, '@\u200b$1');
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
  return text.replace(/@(everyone|here)\b/gi, '@\u200b$1').replace(/<([@#])/g, '<\u200b$1');
}
