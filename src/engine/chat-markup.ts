// Chat formatting typed around a question: a quote mark ("> who knows go"), bold, italics and
// strike-through (Slack *x*, _x_, ~x~; Discord **x**, __x__, ~~x~~) are no part of its words; chat
// shorthand for "with" is read as the word.

/** Markers that wrap words for emphasis; none is part of a skill's or a person's name in pairs. */
const PAIRED = ['**', '~~', '__'];

/** The question without chat emphasis and a leading quote mark; a lone marker stays ("c*", "a_b"). */
export function withoutChatMarkup(line: string): string {
  let text = line.replace(/^(?:&gt;|>)+[ \t]*/, '');
  for (const pair of PAIRED) if (count(text, pair) >= 2) text = text.split(pair).join('');
  // Single * and ~ come in pairs around words; an odd one out ("c*") is left alone.
  for (const mark of ['*', '~']) if (count(text, mark) % 2 === 0) text = text.split(mark).join('');
  return unwrap(text, '_').replace(SHORT_WITH, (_, lead: string, word: string) =>
    word.length > 2 ? `${lead}without` : `${lead}with`,
  );
}

/** Chat shorthand "w/" and "w/o" ("who's good w/ typescript"), as separate words only. */
const SHORT_WITH = /(^|\s)(w\/o|w\/)(?=\s)/gi;

function count(text: string, mark: string): number {
  return text.split(mark).length - 1;
}

/** "_who knows go_": one marker at both ends of the whole line (underscores inside stay: "lena_f"). */
function unwrap(text: string, mark: string): string {
  const trimmed = text.trim();
  if (trimmed.length > 2 && trimmed.startsWith(mark) && /^_[^_\s]/.test(trimmed)) {
    let cut = trimmed.length;
    while (cut > 0 && '?!. \t'.includes(trimmed[cut - 1]!)) cut -= 1;
    const end = trimmed.slice(0, cut);
    if (end.endsWith(mark) && !end.endsWith(`\\${mark}`))
      return `${end.slice(1, -1)}${trimmed.slice(end.length)}`;
  }
  return text;
}
