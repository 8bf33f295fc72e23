// listedEmployers: employers a line lists without an "at": "He trabajado para empresas como A, B y C",
// "Já trabalhei em empresas como A e B", "I've worked with companies like A, B and C", and a pipe-separated
// bio line that puts a bold or linked company next to a role ("📍 Valencia | 🐜 **Hormiga Labs** | Staff engineer").
import type { Experience } from '../model/profile.js';
import { JOB_ROLE } from './job-role.js';
import { parsePeriod } from './parse-period.js';

// "<worked> (for|at|in…) companies (like|such as…)": the list follows.
const LIST_INTRO =
  /\b(?:trabajado|trabaj[eé]|colaborado|trabalhei|trabalhado|atuei|worked|travaill[ée])\s(?:(?:para|en|con|com|em|for|at|with|pour|chez|dans|in)\s)?(?:(?:des|las|las|as|several|many|big|large|great)\s)?(?:empresas|compa[ñn][ií]as|clientes|companies|clients|firms|organi[sz]ations|brands|marcas|entreprises|soci[ée]t[ée]s|startups)\s(?:como|tales\scomo|such\sas|like|including|incluindo|incluyendo|comme|telles?\sque)\s?:?\s/iu;
/** Every intro starts with one of these stems: one cheap scan skips the long pattern on most lines. */
const INTRO_VERB = /trabaj|colaborado|trabalh|atuei|worked|travaill/iu;
const LIST_END = /[.;!?\n(]|\s(?:entre\sotr[ao]s|among\sothers|entre\soutr[ao]s|parmi\sd'autres|etc)\b/iu;
const ITEM_SPLIT = /,|\s(?:y|e|and|et|und|o|ou|or|&)\s/iu;
const ORG = /^(?:[\p{Lu}\d]|\p{Ll}\p{Lu})[\p{L}\p{M}\d&'’.+-]*(?:\s[\p{L}\p{M}\d&'’.+-]+){0,4}$/u;

function entry(text: string, title: string | null, organization: string, line: number | null): Experience {
  return { text, title, organization, period: null, highlights: [], line };
}

const bare = (text: string): string =>
  text
    .replace(/\*\*|__|<\/?(?:b|strong)>/gi, '')
    .replace(/^[\s"'“”]+|(?<![\s"'“”])[\s"'“”]+$/g, '')
    .trim();

/** Companies listed after "worked for companies like …" in one line of plain text. */
function companiesLike(text: string, line: number | null): Experience[] {
  const head = text.length > 1000 ? text.slice(0, 1000) : text;
  if (!INTRO_VERB.test(head)) return [];
  const intro = LIST_INTRO.exec(head);
  if (!intro) return [];
  const rest = text.slice(intro.index + intro[0].length);
  const end = LIST_END.exec(rest);
  const list = end ? rest.slice(0, end.index) : rest;
  return list
    .split(ITEM_SPLIT)
    .map(bare)
    .filter((item) => item.length >= 2 && item.length <= 40 && ORG.test(item) && !JOB_ROLE.test(item))
    .slice(0, 8)
    .map((org) => entry(text.trim(), null, org, line));
}

/** Separators of a bio line: " | ", " · ", " • ". */
export const BIO_SEPARATOR = /\s[|·•]\s/;
const CODE_SPAN = /^`[^`]*`$/;
const PLACE_MARK = /^(?:📍|🌍|🌎|🌏|🗺|🏠|🏡|🎓|📫|📧|✉)/u;
const DECORATION = /^[^\p{L}\p{N}*_[<]{0,8}/u;
// The whole segment is bold or a link: "**Hormiga Labs**", "[Hormiga Labs](https://…)".
const MARKED =
  /^(?:\*\*([^*]{2,60})\*\*|__([^_]{2,60})__|<(?:b|strong)>([^<]{2,60})<\/(?:b|strong)>|\[([^\]]{2,60})\]\([^)\s]{1,300}\))$/i;

function onlyDates(text: string): boolean {
  const dated = parsePeriod(text);
  return dated !== null && !dated.before && !dated.after;
}

/** A bold or linked company next to a role on one pipe-separated bio line (the raw markdown of that line). */
function pipeBio(raw: string, line: number | null): Experience[] {
  if (raw.length > 600) return [];
  const segments = raw
    .split(BIO_SEPARATOR)
    .map((s) => s.trim())
    .slice(0, 8);
  if (segments.length < 2) return [];
  const plain = segments.map((s) =>
    bare(s.replace(DECORATION, '')).replace(/\[([^\][]*)\]\([^()]*\)/g, '$1'),
  );
  // A code span ("`lele-manager`") names a repository or a command, never a role.
  const role = plain.findIndex(
    (s, i) => JOB_ROLE.test(s) && s.split(/\s+/).length <= 6 && !CODE_SPAN.test(segments[i]!),
  );
  if (role < 0) return [];
  let best: { org: string; distance: number } | null = null;
  segments.forEach((segment, i) => {
    if (i === role || PLACE_MARK.test(segment)) return;
    const marked = MARKED.exec(segment.replace(DECORATION, '').trim());
    const org = marked ? bare(marked[1] ?? marked[2] ?? marked[3] ?? marked[4] ?? '') : '';
    // "**2025 - Present** | **Cyber Defense Lead**": a bold date is when, never who.
    if (!org || !ORG.test(org) || JOB_ROLE.test(org) || onlyDates(org)) return;
    const distance = Math.abs(i - role);
    if (!best || distance < best.distance) best = { org, distance };
  });
  const found = best as { org: string; distance: number } | null;
  return found ? [entry(plain.join(' | '), plain[role]!, found.org, line)] : [];
}

export function listedEmployers(text: string, line: number | null, raw: string | null): Experience[] {
  const listed = companiesLike(text, line);
  if (!raw) return listed;
  const bio = pipeBio(raw, line);
  return listed.length === 0 ? bio : [...listed, ...bio];
}
