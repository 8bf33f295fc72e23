// employerImages: an experience section made only of pictures — company logos (`<img alt="Acme">`) or
// generated job cards (`exp-card-en-tencent.svg`, alt "exp-card-en-tencent") — one job per picture, named by
// its alt text or, for a card's slug, by the slug's last word (the generator's own words dropped).
import { collectImages, contentLines } from '../markdown/content-lines.js';
import type { DocSection } from '../markdown/source-document.js';
import type { Experience } from '../model/profile.js';

/** A generator's words in a card's slug: what the picture is, its language, its theme. */
const CARD_WORDS =
  /^(?:exp|experience|work|job|career|card|cards|logo|logos|icon|badge|banner|img|image|en|zh|cn|ja|ko|de|fr|es|pt|dark|light|white|black|color|colour|small|large|svg|png|v\d)$/i;
const SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+){1,6}$/i;
/** An alt that is a company name: one to four words, a letter first. */
const NAME_ALT = /^[\p{L}\d][\p{L}\p{M}\d&.'’ -]{0,40}$/u;
const NOT_EMPLOYER = /^(?:divider|line|separator|spacer|gif|wave|hero|header|footer|stats?|github|profile)$/i;

function employerOf(alt: string, src: string): string | null {
  const file = (src.split('/').pop() ?? '').split('?')[0]!;
  const text = alt.trim() || file.replace(/\.\w{2,4}$/, '');
  if (SLUG.test(text) && /[-_]/.test(text)) {
    const words = text.split(/[-_]/).filter((w) => !CARD_WORDS.test(w));
    // A card slug names one employer: the words left after the generator's own.
    return words.length === 1 && !NOT_EMPLOYER.test(words[0]!) && /\p{L}/u.test(words[0]!) ? words[0]! : null;
  }
  return NAME_ALT.test(text) && text.split(' ').length <= 4 && !NOT_EMPLOYER.test(text) ? text : null;
}

/** Jobs an experience section shows only as pictures; none when it has words of its own. */
export function employerImages(section: DocSection): Experience[] {
  if (contentLines(section.blocks).some((l) => /\p{L}{3}/u.test(l.text))) return [];
  const out: Experience[] = [];
  for (const image of collectImages(section.blocks).slice(0, 30)) {
    const organization = employerOf(image.alt, image.src);
    if (organization && !out.some((e) => e.organization === organization))
      out.push({
        text: image.alt || organization,
        title: null,
        organization,
        period: null,
        highlights: [],
        line: image.line,
      });
  }
  return out;
}
