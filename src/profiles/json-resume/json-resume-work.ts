// JSON Resume jobs: `work` (and the non-standard `experience` of older generators: company/title/from/to/
// activities) as Experience, and whether a URL is an employer's site rather than the person's own.

import { foldText } from '../../text/fold-text.js';
import type { Experience, Section } from '../model/profile.js';
import { slugify } from '../model/slugify.js';
import type { JsonResume } from './json-resume-schema.js';

type Job = NonNullable<JsonResume['experience']>[number];

/** An "employer" that says the person is looking for one ("À la recherche d'un contrat", "Seeking a
 *  role", "Open to work", "Currently a student"): a wish or a state, not a job. Start of folded text only. */
const SEEKING =
  /^(?:(?:currently |actively |now )?(?:looking|searching) for\b|seeking (?:(?:a|an|new|full-time|part-time) ){0,3}(?:job|role|position|work|opportunit(?:y|ies)|employment|internship|contract)\b|open to (?:work|opportunities)\b|a la recherche\b|en recherche\b|auf (?:der )?(?:jobsuche|suche)\b|en busca\b|buscando\b|(?:currently|actuellement) (?:an? )?(?:student|etudiante?)\b)/;

/** The job as an Experience, or null for a generator's empty template row (no title, employer, summary
 *  or highlights): it says nothing. */
function toExperience(w: Job): Experience | null {
  // Blank strings are absent: generators write "" for fields the person left empty.
  const organization = w.name?.trim() || w.company?.trim() || null;
  if (organization && SEEKING.test(foldText(organization.slice(0, 80)))) return null;
  const title = w.position?.trim() || w.title?.trim() || null;
  const start = w.startDate ?? w.from;
  const end = w.endDate ?? w.to;
  const period = start ? `${start} – ${end || 'present'}` : null;
  const summary = w.summary?.trim() || w.description?.trim() || null;
  const text = [title, organization].filter(Boolean).join(' at ') || summary || 'Work';
  // The summary says what the job was; it leads the highlights unless it is already the entry's text.
  const listed = w.highlights ?? w.activities ?? [];
  if (!title && !organization && !summary && listed.length === 0) return null;
  const highlights = [...(summary && summary !== text ? [summary] : []), ...listed];
  return { text, title, organization, period, highlights, line: null };
}

/**
 * One section per job under the Work section ("Senior Engineer at Acme": period, summary, highlights), as
 * a README's "### Role — Company" entries are: so /search finds what a job's summary and highlights say.
 */
export function jobSections(jobs: readonly Experience[], parent: Section): Section[] {
  const ids = new Set<string>();
  return jobs
    .filter((job) => job.highlights.length > 0)
    .map((job, i) => {
      let id = `${parent.id}/${slugify(job.text) || `job-${i + 1}`}`;
      if (ids.has(id)) id = `${id}-${i + 1}`;
      ids.add(id);
      return {
        id,
        title: job.text,
        rawTitle: job.text,
        kind: 'experience' as const,
        level: parent.level + 1,
        parentId: parent.id,
        text: job.period ?? '',
        items: job.highlights,
        links: [],
        line: parent.line,
      };
    });
}

/** The jobs of a resume: `work`, else the non-standard `experience` list; then jobs under other keys. */
export function resumeJobs(resume: JsonResume): Experience[] {
  const main: Job[] = resume.work?.length ? resume.work : (resume.experience ?? []);
  const jobs = [...main, ...(resume.moreJobs ?? [])];
  return jobs.flatMap((job) => toExperience(job) ?? []);
}

const fold = (text: string) => foldText(text).replace(/ /g, '');

const SHARED_HOSTS = /(?:^|\.)(?:github\.io|gitlab\.io|netlify\.app|vercel\.app|pages\.dev|herokuapp\.com)$/;

const page = (url: string) =>
  url
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\/(?:www\.)?/, '')
    .replace(/(?<!\/)\/+$/, '');
const samePage = (a: string, b: string) => page(a) === page(b);

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return null;
  }
}

/**
 * True when `url` is an employer's site: the host of a job's own url, or a host named after an employer
 * ("lefigaro.fr" for "Le Figaro"). People often put their company's site in `basics.url`.
 */
const SELF_EMPLOYED =
  /^(?:freelanc(?:e|er|ing)|self[- ]employed|independent(?: contractor| consultant)?|autónom[oa]|autonom[oa]|indépendante?|selbstständig|freiberufl(?:er|ich))$/i;

/** A role that owns the company ("CEO / Full Stack Developer", "Founder", "Owner"): its site is the person's too. */
const OWNER_ROLE =
  /\b(?:ceo|(?:co-?)?founder|owner|proprietor|fundador[a]?|gründer(?:in)?|fondat(?:eur|rice))\b/i;

/** Whether the host carries the person's own name ("sevcik.dev" for Ondrej Sevcik): their page, whoever else links it. */
function namedAfterPerson(host: string, name: string): boolean {
  const label = fold(host.split('.').slice(-2, -1)[0] ?? '');
  return foldText(name)
    .split(' ')
    .some((part) => part.length >= 4 && label.includes(part));
}

export function isEmployerUrl(url: string, resume: JsonResume): boolean {
  const host = hostOf(url);
  // Personal pages on shared hosts ("me.github.io") are never an employer's site.
  if (!host || SHARED_HOSTS.test(host) || namedAfterPerson(host, resume.basics.name)) return false;
  const jobs: Job[] = [...(resume.work ?? []), ...(resume.experience ?? []), ...(resume.moreJobs ?? [])];
  const names = new Set([fold(host.split('.').slice(-2, -1)[0] ?? ''), fold(host)]);
  // Freelance work and a company the person owns are theirs: their site is not an employer's.
  return jobs.some((job) => {
    if (SELF_EMPLOYED.test((job.name ?? job.company ?? '').trim())) return false;
    if (OWNER_ROLE.test(job.position ?? job.title ?? '')) return false;
    // The job's own site: the same address, or the same host when the job gives a bare domain.
    const own = [job.url, job.website].some(
      (u) => u && (samePage(u, url) || (hostOf(u) === host && /^[a-z]+:\/\/[^/]+\/?$/i.test(u.trim()))),
    );
    const name = fold(job.name ?? job.company ?? '');
    return own || (name.length >= 3 && names.has(name));
  });
}
