// skillsFromImage: the technologies a badge or icon image names, judged by its URL, alt and title.
// The badge's text is the claim (a logo=plotly on a Matplotlib badge is Matplotlib); contact badges are none.

import { appendAll } from '../../text/append-all.js';
import type { ImageRef } from '../markdown/content-lines.js';
import {
  foldTechKey,
  lookupTechnology,
  type Technology,
  technologyFromSlug,
} from '../vocabulary/tech-vocabulary.js';
import { classifyContactUrl } from './classify-contact.js';
import { parsedUrl } from './contact-urls.js';
import { isHardwareSpec } from './hardware-badge.js';
import { cleanIconId, iconIdNames, iconUrlIds, isThumbnail } from './icon-url-skills.js';
import { ownPageBadge } from './own-page-badge.js';
import { claimTexts, readShieldsBadge } from './shields-badge.js';

export interface ImageSkills {
  names: string[];
  source: 'badge' | 'icon';
}

// Badge texts that are calls to action or counters, not skills.
const NOT_SKILLS =
  /^(?:e-?mail|mail|website|web site|portfolio|blog|resume|cv|hire me|open to work|profile views?|visitors?|views|followers?|stars?|sponsor|donate|follow|contact|buy me a coffee)$/i;
// "TypeScript 45.3%": a share of the code in repositories, made by a stats generator, not a claim.
// Any separator counts ("PHP︱36.1%" with U+FE31), only not a digit or letter run into the number.
const PERCENT = /(?<![\p{L}\p{N}.,])\d{1,3}(?:[.,]\d{1,2})?\s?%/u;
const NOT_YET =
  /^(?:learning|to learn|planned|soon|coming soon|next|wip|todo|exploring|improving|(?:leveling|levelling) up|upskilling|in progress|aprendiendo|aprendendo|en apprentissage|изучаю|в планах)$/i;
const DECORATION = /(?<!\s)\s+(?:logo|icon|badge|image|img|svg|png)$/i;
const LIST = /(?<!\s)\s*(?:,|\/|&|\+|\||\band\b)\s*/i;

// A badge linking to a package's page on a registry ("PyPI-trustlens" → pypi.org/project/trustlens) shows
// something the author published, not a skill (the registry's logo is no claim either).
const PACKAGE_PAGE =
  /^https?:\/\/(?:www\.)?(?:pypi\.org\/project|npmjs\.com\/package|crates\.io\/crates|rubygems\.org\/gems|packagist\.org\/packages|nuget\.org\/packages|pub\.dev\/packages|hex\.pm\/packages)\/\w/i;

// An http(s) address reads the same with or without a base: its parse is the one the contact rules share.
const ABSOLUTE_HTTP = /^https?:\/\//i;

function parseUrl(src: string): URL | null {
  if (ABSOLUTE_HTTP.test(src)) return parsedUrl(src);
  try {
    return new URL(src, 'https://invalid.local/');
  } catch {
    return null;
  }
}

function titleCase(id: string): string {
  return id.replace(/(^|[-_ ])(\w)/g, (_m, sep: string, c: string) => (sep ? ' ' : '') + c.toUpperCase());
}

/**
 * A badge linking to a person's profile or mailbox is a contact ("GitHub" → github.com/jane), so the
 * names of that site are dropped; a repository-language link is not a contact. A technology badge or
 * icon row that merely wraps a link to the author's X or GitHub page ("TypeScript" → twitter.com/jane)
 * still names skills: those technologies have nothing to do with the site.
 */
function withoutLinkedSite(href: string | null, names: readonly string[]): string[] {
  if (!href || /[?&](?:language|lang|l|topic|q)=|\/topics?\//i.test(href)) return [...names];
  const contact = classifyContactUrl(href);
  if (contact === null || contact.kind === 'website' || contact.kind === 'other') return [...names];
  const site = [contact.kind, ...(parseUrl(href)?.hostname.split('.') ?? [])].map(foldTechKey);
  return names.filter((name) => {
    const key = foldTechKey(name);
    return !site.some((part) => part === key || (part.length >= 3 && key.includes(part)));
  });
}

type Verdict = { names: string[] } | 'platform' | null;

/** What a text names: one technology, or a list of them ("React, Vue and Svelte"); 'platform' for contact logos. */
function textNames(raw: string, accept: (tech: Technology) => boolean): Verdict {
  const text = raw.replace(DECORATION, '').trim();
  if (!text || text.length > 80) return null;
  const whole = lookupTechnology(text);
  if (whole) return whole.kind === 'platform' ? 'platform' : accept(whole) ? { names: [whole.name] } : null;
  const parts = text.split(LIST).filter(Boolean);
  if (parts.length < 2) return null;
  const techs = parts.map((p) => lookupTechnology(p.replace(DECORATION, '')));
  if (!techs.every((t) => t && t.kind !== 'platform' && accept(t))) return null;
  return { names: techs.map((t) => t!.name) };
}

function fromTexts(texts: string[], accept: (tech: Technology) => boolean): Verdict {
  for (const text of texts) {
    const verdict = textNames(text, accept);
    if (verdict) return verdict;
  }
  return null;
}

const anyTech = () => true;

/** "Next" for Next.js, "Node" for Node.js: the name without its ".js". */
function isShortName(text: string, name: string): boolean {
  const short = foldTechKey(text);
  return short.length >= 3 && short.length <= 30 && `${short}js` === foldTechKey(name);
}
const wellKnown = (tech: Technology) => tech.wellKnown;

/**
 * Skills an image shows. Inside a skills section unknown badge texts and icon ids still count (written as
 * shown); elsewhere only what the vocabulary knows, and a bare alt or file name only for well-known names.
 */
export function skillsFromImage(image: ImageRef, inSkills: boolean): ImageSkills | null {
  if (image.href && PACKAGE_PAGE.test(image.href)) return null;
  const url = parseUrl(image.src);
  if (!url) return null;
  const found = readImage(image, url, inSkills);
  if (!found || ownPageBadge(image, found.names)) return null;
  const names = withoutLinkedSite(image.href, found.names);
  return names.length > 0 ? { names, source: found.source } : null;
}

function readImage(image: ImageRef, url: URL, inSkills: boolean): ImageSkills | null {
  const words = [image.alt, image.title ?? ''].filter((t) => t.trim());
  if (words.some((w) => PERCENT.test(w))) return null;
  const badge = readShieldsBadge(url);
  if (badge) {
    // "Shell-Bash": a category label ("Shell", "Language") or a logo naming the message ("logo=gnu-bash")
    // says the message is the technology.
    const logoTech = badge.logo ? technologyFromSlug(badge.logo) : undefined;
    const messageFirst = logoTech !== undefined && lookupTechnology(badge.message)?.name === logoTech.name;
    const claimed = claimTexts(badge);
    const texts = messageFirst ? [badge.message, badge.label].filter((t) => t.trim()) : claimed;
    if (texts.some((t) => NOT_SKILLS.test(t.trim())) || PERCENT.test(badge.message)) return null;
    // "Next-black" over logo=next.js (a widely copied badge set's Next.js badge): the text is the logo's
    // short name, not the word "next" (what is planned next).
    if (
      logoTech &&
      logoTech.kind !== 'platform' &&
      texts.length === 1 &&
      isShortName(texts[0]!, logoTech.name)
    )
      return { names: [logoTech.name], source: 'badge' };
    // "PostgreSQL-learning", "Redis-planned": the badge says it is not yet the author's.
    if (NOT_YET.test(badge.message) || NOT_YET.test(badge.label)) return null;
    if (isHardwareSpec(badge.message)) return null;
    const verdict = fromTexts([...texts, ...words], anyTech);
    if (verdict === 'platform') return null;
    if (verdict) return { names: verdict.names, source: 'badge' };
    // The logo speaks only for a badge without text; otherwise the text is the claim.
    const logo = texts.length === 0 && badge.logo ? technologyFromSlug(badge.logo) : undefined;
    if (logo && logo.kind !== 'platform') return { names: [logo.name], source: 'badge' };
    const shown = texts[0]?.trim() ?? '';
    return inSkills && shown && shown.split(/\s+/).length <= 4 ? { names: [shown], source: 'badge' } : null;
  }
  const icon = iconUrlIds(url);
  if (icon?.from === 'host') {
    const names: string[] = [];
    for (const id of icon.ids) {
      const tech = technologyFromSlug(id) ?? lookupTechnology(id);
      if (tech?.kind === 'platform') continue;
      if (tech) {
        names.push(tech.name);
        continue;
      }
      // A file name the vocabulary doesn't know ("pocoo_flask-icon.svg"): the alt or title says it better,
      // then the file name without vendor and decoration words ("Scikit_learn_logo_small" → scikit-learn).
      const said = icon.ids.length === 1 ? fromTexts(words, inSkills ? anyTech : wellKnown) : null;
      if (said === 'platform') continue;
      const whole = isThumbnail(url.pathname) ? lookupTechnology(cleanIconId(id)) : undefined;
      const named = said
        ? said.names
        : isThumbnail(url.pathname)
          ? whole && whole.kind !== 'platform'
            ? [whole.name]
            : []
          : iconIdNames(id);
      if (named.length > 0) appendAll(names, named);
      else if (inSkills) names.push(titleCase(cleanIconId(id)));
    }
    return names.length > 0 ? { names, source: 'icon' } : null;
  }
  const verdict = fromTexts(words, inSkills ? anyTech : wellKnown);
  if (verdict === 'platform') return null;
  if (verdict) return { names: verdict.names, source: 'icon' };
  const stem = icon?.ids[0] ? lookupTechnology(icon.ids[0]) : undefined;
  return stem?.wellKnown && stem.kind !== 'platform' && words.length === 0
    ? { names: [stem.name], source: 'icon' }
    : null;
}
