// pageImages, typingSvgLines: the image alts and readme-typing-svg banner lines a README shows, where
// names are stated besides greetings (stated-name.ts reads them; image alts: name-places.ts).

/** The typed lines of a readme-typing-svg banner (`lines=Hi!;I'm+Ana+Ruiz`), decoded. */
export function typingSvgLines(src: string): string[] {
  if (!/typing-svg/i.test(src)) return [];
  const query = src
    .replace(/&amp;/g, '&')
    .slice(src.indexOf('?') + 1)
    .slice(0, 2000);
  const lines = /(?:^|&)lines=([^&]*)/.exec(query)?.[1];
  if (!lines) return [];
  try {
    return decodeURIComponent(lines.replace(/\+/g, ' '))
      .split(';')
      .map((l) => l.trim())
      .filter(Boolean)
      .slice(0, 10);
  } catch {
    return [];
  }
}

// Quoted values keep the other quote ("lines=I'm+Ana"): each quote kind has its own alternative.
// One pass finds each tag, a second reads its attribute: a lazy tag body before the attribute was polynomial.
const IMG_TAG = /<img\b[^<>]{0,1000}/giu;
const SRC_ATTR = /\bsrc\s?=\s?(?:"([^"]{1,2000})"|'([^']{1,2000})')/iu;
const ALT_ATTR = /\balt\s?=\s?(?:"([^"]{0,200})"|'([^']{0,200})')/iu;
const MD_ALT = /!\[([^\]\n[]{0,200})\]\(/gu;
const MD_LINK = /\]\((https?:\/\/[^()[\]\s]{1,2000})\)/gu;
const MAX_IMAGES = 150;

/**
 * Image alts and typing-banner sources, read from the text itself (outside HTML comments) in one pass:
 * cheaper than walking every section, and it sees images inside headings, which sections keep as text only.
 */
export function pageImages(text: string): { alts: string[]; typing: string[]; banners: string[] } {
  const visible = withoutComments(text.slice(0, 200_000));
  const alts: string[] = [];
  const typing: string[] = [];
  const banners: string[] = [];
  const hasTyping = /typing-svg|capsule-render/i.test(visible);
  for (const tag of visible.matchAll(IMG_TAG)) {
    const alt = ALT_ATTR.exec(tag[0]);
    if (alt && (alt[1] ?? alt[2]) && alts.length < MAX_IMAGES) alts.push((alt[1] ?? alt[2])!);
    const src = hasTyping ? SRC_ATTR.exec(tag[0]) : null;
    const url = src ? (src[1] ?? src[2]!) : '';
    if (/typing-svg/i.test(url) && typing.length < 10) typing.push(url);
    if (/capsule-render/i.test(url) && banners.length < 10) banners.push(url);
  }
  for (const m of visible.matchAll(MD_ALT)) if (m[1] && alts.length < MAX_IMAGES) alts.push(m[1]);
  // Markdown images: ![…](https://readme-typing-svg…)
  if (hasTyping)
    for (const m of visible.matchAll(MD_LINK))
      if (
        /capsule-render/i.test(m[1]!)
          ? banners.push(m[1]!) >= 10
          : /typing-svg/i.test(m[1]!) && typing.push(m[1]!) >= 10
      )
        break;
  return { alts, typing, banners };
}

/** The text with HTML comments removed (a linear scan: unclosed comments run to the end). */
function withoutComments(text: string): string {
  let out = '';
  let at = 0;
  for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', at)) {
    out += text.slice(at, open);
    const close = text.indexOf('-->', open + 4);
    if (close < 0) return out;
    at = close + 3;
  }
  return out + text.slice(at);
}
