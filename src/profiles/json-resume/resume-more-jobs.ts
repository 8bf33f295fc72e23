// moreJobs: the jobs a hand-made JSON Resume keeps under keys the schema does not name ("works",
// "internship", "jobs", "workExperience", or any list whose items name a company), read into the schema's
// job fields whatever their spelling (employer/role/start/end, years as numbers). Internships without a
// position are titled "Intern". Clients, customers, talks and testimonials are never jobs.
import { isObject, type Json } from './json-object.js';

/** Keys hand-made resumes put jobs under ("works", "internship", "workExperience", "jobs"). */
const JOB_KEY =
  /^(?:works?|jobs?|employments?|employmenthistory|workhistory|internships?|traineeships?|apprenticeships?|positions?|experiences|workexperiences?|professionalexperiences?|careers?)$/;
const INTERN_KEY = /^(?:internships?|traineeships?|apprenticeships?)$/;
/** Lists whose items name a company without being the person's jobs. */
const NOT_JOB_KEY = /^(?:clients?|customers?|talks?|testimonials?|partners?|sponsors?|events?|hackathons?)$/;

/** Each schema field and the spellings hand-made files use for it, in order of preference. */
const FIELDS: Record<string, readonly string[]> = {
  name: ['name', 'company', 'employer', 'organization', 'organisation', 'companyName', 'company_name'],
  position: ['position', 'title', 'role', 'jobTitle', 'job_title'],
  url: ['url', 'website'],
  startDate: ['startDate', 'start_date', 'start', 'from'],
  endDate: ['endDate', 'end_date', 'end', 'to'],
  summary: ['summary', 'description'],
};
const EMPLOYER_FIELDS = ['company', 'employer', 'companyName', 'company_name'];

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
}

function strings(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : undefined;
}

/** The item in the schema's job fields; null when it names no employer (by a company field, or a name beside a role or dates). */
function readJob(item: Json, intern: boolean): Json | null {
  const job: Json = {};
  for (const [field, spellings] of Object.entries(FIELDS)) {
    const value = spellings.map((k) => text(item[k])).find(Boolean);
    if (value) job[field] = value;
  }
  const employer = EMPLOYER_FIELDS.some((k) => text(item[k]));
  const named = typeof job.name === 'string' && (job.position || job.startDate);
  if (!employer && !named) return null;
  if (intern && !job.position) job.position = 'Intern';
  const listed = strings(item.highlights) ?? strings(item.activities) ?? strings(item.responsibilities);
  if (listed) job.highlights = listed;
  return job;
}

/** Jobs under keys the schema does not name (`known`): a job-list key, or a list whose every item names a company. */
export function moreJobs(json: Json, known: ReadonlySet<string>): Json[] {
  const jobs: Json[] = [];
  for (const [key, value] of Object.entries(json)) {
    if (known.has(key)) continue;
    const list = isObject(value) ? [value] : value;
    if (!Array.isArray(list) || list.length === 0) continue;
    const folded = key.toLowerCase().replace(/[^a-z]/g, '');
    if (NOT_JOB_KEY.test(folded)) continue;
    const companies = list.every((item) => isObject(item) && EMPLOYER_FIELDS.some((k) => text(item[k])));
    if (!JOB_KEY.test(folded) && !companies) continue;
    for (const item of list) {
      const job = isObject(item) ? readJob(item, INTERN_KEY.test(folded)) : null;
      if (job) jobs.push(job);
    }
  }
  return jobs;
}
