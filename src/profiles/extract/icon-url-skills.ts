// iconUrlNames: the technology an icon's URL names, on the icon hosts READMEs use (devicon, simple-icons,
// skillicons.dev, vectorlogo.zone, github/explore topics, Wikimedia and icons8 files).
import { lookupTechnology } from '../vocabulary/tech-vocabulary.js';
import { decodeOrKeep } from './decode-or-keep.js';
import { domainSlugStems } from './domain-slug.js';
import { iconifyIconId } from './iconify-icon.js';
import { listedBadgeIds } from './listed-badge-ids.js';

/** What an icon URL names: slugs or ids as written in the URL (resolve them with technologyFromSlug). */
export interface IconIds {
  ids: string[];
  /** 'host': a known icon set (the URL is the claim); 'file': only a file name, weaker. */
  from: 'host' | 'file';
}

// skillicons.dev ids that differ from every package's slug.
const SKILLICONS: Record<string, string> = {
  idea: 'IntelliJ IDEA',
  ps: 'Photoshop',
  ai: 'Illustrator',
  pr: 'Premiere Pro',
  ae: 'After Effects',
  xd: 'Adobe XD',
  arch: 'Arch Linux',
  md: 'Markdown',
  py: 'Python',
  cs: 'C#',
  gcp: 'Google Cloud',
  ipfs: 'IPFS',
  rollupjs: 'Rollup',
  materialui: 'MUI',
  ml: 'Machine Learning',
  pwsh: 'PowerShell',
  powershell: 'PowerShell',
  regex: 'Regular Expressions',
  sklearn: 'scikit-learn',
};

const IMAGE_FILE = /\.(?:svg|png|jpe?g|gif|webp)$/i;
// A Wikimedia thumbnail is the original file rendered at a width: "2048px-Visual_Studio_Code_1.35_icon.svg.png".
const THUMB_WIDTH = /^\d{1,4}px-/i;
const STEM_SUFFIX =
  /(?<![-_.])[-_.]+(?:original|plain|line|wordmark|colored|icon|logo|logotype|badge|v\d{1,3})$/i;
// Words an icon file adds after the subject's name ("Scikit_learn_logo_small", "grafana-icon-white").
const DECORATION_WORDS = new Set(
  'original plain line wordmark colored coloured color colour icon logo logotype notext badge small medium large full mark symbol horizontal vertical square round circle dark light white black mono flat transparent'.split(
    ' ',
  ),
);

/** The stem without trailing decoration words and sizes or versions ("-v1", "-256", "_64px"). */
function trimDecoration(stem: string): string {
  let out = stem;
  for (let i = 0; i < 6; i++) {
    const cut = Math.max(out.lastIndexOf('-'), out.lastIndexOf('_'), out.lastIndexOf('.'));
    const word = out.slice(cut + 1).toLowerCase();
    if (cut <= 0 || !(DECORATION_WORDS.has(word) || /^v?\d{1,4}(?:px)?$/.test(word))) break;
    out = out.slice(0, cut).replace(/(?<![-_.])[-_.]+$/, '');
  }
  return out;
}

const COLLECTION = /\/(?:badges?|icons?)\/([^/]{1,40})\/([^/]{1,60})\.(?:svg|png)$/i;

/** "Node.js_logo.svg" → "Node.js", "python--v1.png" → "python", "react-original.svg" → "react". */
function fileStem(path: string): string | null {
  let stem = decodeOrKeep(path.split('/').pop() ?? '').slice(0, 80);
  if (!IMAGE_FILE.test(stem)) return null;
  stem = stem.replace(IMAGE_FILE, '').replace(THUMB_WIDTH, '').replace(IMAGE_FILE, '');
  for (let i = 0; i < 4 && STEM_SUFFIX.test(stem); i++) stem = stem.replace(STEM_SUFFIX, '');
  stem = trimDecoration(stem);
  return stem.replace(/^[-_.]+|(?<![-_.])[-_.]+$/g, '') || null;
}

/** A Wikimedia thumbnail ("…/thumb/9/9a/X.svg/2048px-X.svg.png"): its file name is a page's picture, often a
 * logo used as a link icon, so only the whole name is trusted, never one of its words ("Octicons-mark-github"). */
export const isThumbnail = (path: string): boolean =>
  path.includes('/thumb/') && THUMB_WIDTH.test(path.slice(path.lastIndexOf('/') + 1));

/** An icon id without decoration words: "git-scm-icon" → "git-scm", "Scikit_learn_logo_small" → "Scikit learn". */
export function cleanIconId(id: string): string {
  return trimDecoration(id.slice(0, 80)).replace(/[-_]+/g, ' ').trim() || id;
}

/**
 * The technology an unknown icon id names once vendor words are dropped: the whole cleaned id, then without
 * a vendor prefix ("pocoo_flask" → Flask, "apache_airflow" → Airflow), then its first word ("git-scm" → Git).
 */
export function iconIdNames(id: string): string[] {
  const words = cleanIconId(id).split(' ').filter(Boolean).slice(0, 6);
  const tries = [
    words.join(' '),
    ...words.slice(1).map((_, i) => words.slice(i + 1).join(' ')),
    words[0] ?? '',
    ...domainSlugStems(id),
  ];
  for (const attempt of tries) {
    const tech = attempt.length >= 2 ? lookupTechnology(attempt) : undefined;
    if (tech && tech.kind !== 'platform') return [tech.name];
  }
  return [];
}

/** The ids an icon URL names, or null when the URL is no icon of a known kind. */
export function iconUrlIds(url: URL): IconIds | null {
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const path = decodeOrKeep(url.pathname);
  // skillicons.dev and its clones ("go-skill-icons.vercel.app/api/icons?i=py,docker", "…/icons?i=…"): an
  // icons endpoint given a comma list of ids.
  if (host === 'skillicons.dev' || host.endsWith('.skillicons.dev') || isIconsEndpoint(url, path)) {
    const list = url.searchParams.get('i') ?? url.searchParams.get('icons') ?? '';
    const ids = list
      .split(',')
      .map((id) => id.trim().toLowerCase())
      .filter(Boolean)
      .slice(0, 80);
    return { ids: ids.map((id) => SKILLICONS[id] ?? id), from: 'host' };
  }
  const listed = listedBadgeIds(url);
  if (listed) return { ids: listed, from: 'host' };
  const iconify = iconifyIconId(host, path);
  if (iconify) return { ids: [iconify], from: 'host' };
  const devicon = segmentAfter(path, /\/devicon/i, '/icons/');
  if (devicon) return { ids: [devicon], from: 'host' };
  if (host === 'cdn.simpleicons.org') {
    const slug = /^\/([\w.+-]+)/.exec(path);
    return slug ? { ids: [slug[1]!], from: 'host' } : null;
  }
  const simple = /simple-icons/i.test(path) ? /\/icons\/([\w+-]+(?:\.[\w+-]+)*?)\.svg$/i.exec(path) : null;
  if (simple) return { ids: [simple[1]!], from: 'host' };
  const vectorlogo = host === 'vectorlogo.zone' ? /\/logos\/([\w.-]+)\//.exec(path) : null;
  if (vectorlogo) return { ids: [vectorlogo[1]!], from: 'host' };
  const topic = segmentAfter(path, /github\/explore\//i, '/topics/');
  if (topic) return { ids: [topic], from: 'host' };
  // Badge collections keep one folder per subject: ".../badges/C++/c++1.svg", ".../icons/Docker/docker3.svg".
  const collection = COLLECTION.exec(path);
  if (collection && collection[1]!.toLowerCase() === collection[2]!.toLowerCase().replace(/\d{1,3}$/, ''))
    return { ids: [collection[1]!], from: 'host' };
  const stem = fileStem(path);
  if (!stem) return null;
  // Wikimedia file names ("Node.js_logo.svg") and icons8 names ("python--v1.png") name their subject.
  const named = host === 'upload.wikimedia.org' || host === 'img.icons8.com' || host.endsWith('.icons8.com');
  return { ids: [stem.replace(/_/g, ' ')], from: named ? 'host' : 'file' };
}

/** A path ending in "/icons" with an `i=` or `icons=` list: the skillicons.dev interface, on any host. */
function isIconsEndpoint(url: URL, path: string): boolean {
  return (
    /\/icons\/?$/i.test(path) &&
    url.search.length > 0 &&
    (url.searchParams.has('i') || url.searchParams.has('icons'))
  );
}

/** The path segment after `marker` that follows the first `start` match ("/devicon…/icons/<name>/"): plain
 * string search, where a lazy `.*?` between the two was quadratic on long paths. */
function segmentAfter(path: string, start: RegExp, marker: string): string | null {
  const from = path.search(start);
  if (from < 0) return null;
  const at = path.toLowerCase().indexOf(marker, from);
  if (at < 0) return null;
  const name = /^([\w+#.-]+)\//.exec(path.slice(at + marker.length));
  return name ? name[1]! : null;
}
