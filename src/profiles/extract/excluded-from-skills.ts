// excludedFromSkills: sections whose technologies are not the author's skills (learning, past, published
// work, spoken languages, stats), and isListingSection for tables of what the author published.
import { isTagline } from '../markdown/section-kinds.js';
import type { DocSection } from '../markdown/source-document.js';
import { memoize } from '../model/memoize.js';
import { withLearningCues } from './learning-cues.js';
import { isSkillArea } from './skill-area.js';

// Sections whose technologies are not the author's skills: what they want to learn or used in the past
// ("Previously Worked With"), what they wrote or built, the communities they belong to ("Join us on Slack"),
// the human languages they speak ("Norwegian" is also a brand in the vocabulary).
// Section titles are tested for every section below them and recur across profiles: each answer is kept.
const NOT_SKILL_TITLE = withLearningCues(
  /(?<!(?:machine|deep|reinforcement|transfer|statistical|federated)[\s-])learn|interest|wish|want to|\bpreviously\b|\bformerly\b|\bused to\b|\bin the past\b|\bnext\b|goals?\b|future|blog|\bposts?\b|articles?|videos?|talks?\b|publications?|writing|releases?|repositor|\brepos\b|projects?|open[- ]?source|\boss\b|maintain|stats?\b|statistics|activit|contribution|\bbooks?\b|reading|\bnews\b|sponsor|donat|support (?:me|my work)|spoken|languages? (?:that )?i speak|(?:human|natural) languages?|\bidiomas?\b|\blangues\b|\blenguas\b|\bl[íi]nguas\b|sprachkenntnisse|aprend|apprend|lerne|projet|proyecto|projeto|artigo|artículo|publica|estudando|estudiando|communit|comunidad|comunidade|communaut|gemeinschaft|아티클|블로그|文章|博客|博文|ブログ|記事|статьи|блог/i,
);
// A tagline heading ("Open source enthusiast and full stack developer from Berlin") covers the whole
// README below it: only a learning or past cue in it excludes, never a word like "open source".
const PAST_OR_LEARNING_TITLE = /\bpreviously\b|\bformerly\b|\bused to\b|\bin the past\b/i;
/** A title of what the author wants to learn or is interested in ("Machine Learning" is a field: a skill). */
export const LEARNING_TITLE =
  /(?<!(?:machine|deep|reinforcement|transfer|statistical|federated)[\s-])learn|interest|wish|want to|\bnext\b|goals?\b|future|aprend|apprend|lerne/i;
// A negated title lists what the author does NOT (yet) know or do: "What I can't do (yet)", "Not yet",
// "Ce que je ne sais pas (encore) faire", "Lo que no sé", "O que ainda não sei", "Was ich noch nicht kann".
// "Tools I can't live without" is a claim: only knowing, doing, using and mastering are negated.
const NEGATED_TITLE =
  /\b(?:can['’]?t|cannot|can not|don['’]?t|do not|doesn['’]?t|haven['’]?t|not)\s(?:yet\b|(?:really |fully )?(?:do|know|use|master|touch|work with)\b)|\bnot\s(?:yet|my thing)\b|\byet to\b|\bne\s(?:sais|connais|ma[iî]trise|fais|touche)\b|\bpas encore\b|\bno\s(?:s[ée]|conozco|domino|uso)(?![a-z])|\ba[uú]n no\b|\btodav[ií]a no\b|\bn[ãa]o\s(?:sei|conhe[çc]o|domino|uso)\b|\bainda n[ãa]o\b|\bnoch nicht\b|\bnicht\s(?:kann|beherrsche)\b|\bnon\s(?:so|conosco)\b|\bnon ancora\b/i;
const notSkillTitle = memoize((title: string) =>
  isTagline(title)
    ? LEARNING_TITLE.test(title) || PAST_OR_LEARNING_TITLE.test(title)
    : NOT_SKILL_TITLE.test(title) || NEGATED_TITLE.test(title),
);
const NOT_SKILL_KINDS = new Set(['projects', 'contact', 'interests']);
// "## GitHub Stats": generated cards. A heading below it ("### Programming Languages" after the cards,
// often in a <details>) starts something of the author's own: the stats title does not reach into it.
const STATS_TITLE = /^[^\p{L}]*(?:github\s+)?(?:stats?|statistics|activity)[^\p{L}]*$/iu;

// A title of the author's projects or open-source work: what it covers is the projects, unless a heading below
// it names an area of skills (the author nested "### Frameworks" under "## Current Projects").
const PROJECT_TITLE =
  /projects?|open[- ]?source|\boss\b|repositor|\brepos\b|maintain|contribution|projet|proyecto|projeto/i;
/**
 * Whether the section, by its kind or its own or an ancestor's title, holds no skills of the author's.
 * `linksNameNoProject`: none of the section's links is a project's (a badge, an icon or a technology's name).
 */
export function excludedFromSkills(
  section: DocSection,
  ancestors: readonly DocSection[],
  linksNameNoProject: () => boolean = () => false,
): boolean {
  const area =
    (section.kind === 'projects' || ancestors.length > 1) &&
    isSkillArea(section.title) &&
    linksNameNoProject();
  // A tagline read as "projects" for its "open source" still covers the author's own skills; so does an area
  // heading that only inherits "projects" from the heading above it.
  if (
    NOT_SKILL_KINDS.has(section.kind) &&
    !(section.kind === 'projects' && (isTagline(section.title) || area))
  )
    return true;
  return [...ancestors, section].some(
    (s) =>
      s.level >= 2 &&
      notSkillTitle(s.title) &&
      (s === section || !STATS_TITLE.test(s.title)) &&
      !(s !== section && area && onlyProjects(s.title)),
  );
}

/**
 * The section is left out of skills only as the author's projects ("## Open Source", "### Supercharging X
 * via [Y] with projects …"): a sentence of present use there still states the author's own tools.
 */
export function excludedAsProjects(section: DocSection, ancestors: readonly DocSection[]): boolean {
  if (NOT_SKILL_KINDS.has(section.kind) && section.kind !== 'projects') return false;
  const excluding = [...ancestors, section].filter(
    (s) => s.level >= 2 && notSkillTitle(s.title) && (s === section || !STATS_TITLE.test(s.title)),
  );
  return excluding.every((s) => onlyProjects(s.title));
}

/** The title excludes only as the author's projects ("Current Projects"), not as learning or the past. */
const onlyProjects = (title: string): boolean =>
  PROJECT_TITLE.test(title) && !notSkillTitle(title.replace(PROJECT_TITLE_ALL, ' '));
const PROJECT_TITLE_ALL = new RegExp(PROJECT_TITLE.source, 'gi');

// Listings of what the author published (video, post, release and repository tables): their titles name
// technologies the author wrote about, not ones they claim.
const CONTENT_TITLE =
  /blog|\bposts?\b|articles?|videos?|youtube|talks?\b|publications?|releases?|repositor|\brepos\b|podcasts?|episodes?|newsletters?|writing|artigo|artículo|vídeos|아티클|블로그|文章|博客|博文|ブログ|記事|статьи|блог/i;
const contentTitle = memoize((title: string) => CONTENT_TITLE.test(title));

/** The section or one above it lists what the author published. */
export const isListingSection = (section: DocSection, ancestors: readonly DocSection[]): boolean =>
  [...ancestors, section].some((s) => s.level >= 2 && contentTitle(s.title));
