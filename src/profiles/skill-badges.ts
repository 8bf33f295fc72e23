// skillsFromImage: skill names read from badge and icon images (shields.io, skillicons.dev, devicon, simple-icons).
import { classifyContactUrl } from './classify-contact.js';
import type { ImageRef } from './content-lines.js';
import { canonicalSkillName, isKnownSkill } from './skill-aliases.js';

export interface ImageSkills {
  names: string[];
  source: 'badge' | 'icon';
}

// Badge texts that are contact or profile platforms, not skills.
const NOT_SKILLS =
  /^(linkedin|gmail|email|e-mail|mail|twitter|x|discord|telegram|mastodon|instagram|facebook|youtube|medium|dev\.?to|bluesky|website|portfolio|resume|cv|hire me|open to work|profile views?|visitors?|followers?|stars?|ko-?fi|buy me a coffee|patreon|paypal)$/i;

function parseUrl(src: string): URL | null {
  try {
    return new URL(src, 'https://invalid.local/');
  } catch {
    return null;
  }
}

function titleCase(id: string): string {
  return id.replace(/(^|[-_ ])(\w)/g, (_m, sep: string, c: string) => (sep ? ' ' : '') + c.toUpperCase());
}

/** shields.io static badge: /badge/<label>-<message>-<color> with "--" → "-", "__" → "_", "_" → " ". */
function shieldsText(path: string): string[] {
  const content = decodeURIComponent(path.replace(/^\/badge\//, '').replace(/\.(svg|png)$/, ''));
  const parts = content
    .replace(/--/g, '\u0000')
    .replace(/__/g, '\u0001')
    .split('-')
    .map((p) =>
      p
        .replace(/\u0000/g, '-')
        .replace(/_/g, ' ')
        .replace(/\u0001/g, '_')
        .trim(),
    );
  // The last part is the colour; then the message; a first part (if three) is the label.
  const texts = parts.slice(0, -1).filter((p) => p && !/^[0-9a-f]{3,8}$/i.test(p) && !/^#/.test(p));
  return texts;
}

function pick(candidates: (string | null | undefined)[]): string | null {
  const present = candidates.map((c) => c?.trim() ?? '').filter((c) => c.length > 0 && c.length <= 40);
  return present.find(isKnownSkill) ?? present[0] ?? null;
}

export function skillsFromImage(image: ImageRef): ImageSkills | null {
  const url = parseUrl(image.src);
  if (!url) return null;
  // A badge linking to a profile (LinkedIn, GitHub user page, mail) is a contact, not a skill.
  if (image.href) {
    const contact = classifyContactUrl(image.href);
    if (contact && contact.kind !== 'website' && contact.kind !== 'other') return null;
  }
  const host = url.hostname.toLowerCase();
  if (host === 'skillicons.dev' || host.endsWith('.skillicons.dev')) {
    const ids = (url.searchParams.get('i') ?? url.searchParams.get('icons') ?? '').split(',');
    const names = ids.map((id) => id.trim()).filter(Boolean);
    return {
      names: names.map((id) => (isKnownSkill(id) ? canonicalSkillName(id) : titleCase(id))),
      source: 'icon',
    };
  }
  // From the first "devicon" on, one anchored match: a search from every "devicon" was quadratic.
  const deviconAt = url.pathname.search(/devicon/i);
  const devicon =
    deviconAt < 0 ? null : /^[^/]*\/.*?icons\/([\w+#.-]+)\//i.exec(url.pathname.slice(deviconAt));
  if (devicon) return { names: [canonicalSkillName(devicon[1]!)], source: 'icon' };
  const simple = /^cdn\.simpleicons\.org$/.test(host)
    ? /^\/([\w.+-]+)/.exec(url.pathname)
    : simpleIconsPath(url.pathname);
  if (simple) return { names: [canonicalSkillName(simple[1]!)], source: 'icon' };
  if (host === 'img.shields.io' && url.pathname.startsWith('/badge/')) {
    const texts = shieldsText(url.pathname);
    const name = pick([image.alt, ...texts.slice().reverse(), url.searchParams.get('logo')]);
    if (!name || NOT_SKILLS.test(name)) return null;
    return { names: [canonicalSkillName(name)], source: 'badge' };
  }
  return null;
}

/** "…simple-icons…/icons/<name>.svg": the name, matched at the end only (linear, unlike `simple-icons.*\/icons\/…$`). */
function simpleIconsPath(path: string): RegExpExecArray | null {
  const svg = /\/icons\/([\w.+-]+)\.svg$/.exec(path);
  return svg && path.slice(0, svg.index).includes('simple-icons') ? svg : null;
}
