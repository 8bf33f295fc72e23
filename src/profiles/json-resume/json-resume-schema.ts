// The JSON Resume (jsonresume.org) schema subset we read, as zod: wrong types are named by JSON path.
import { z } from 'zod';

const text = z.string();
const optText = text.optional();

/** A list whose items may also be plain strings (`"languages": ["English"]`): a string is the item's `key`. */
function listOf<T extends z.ZodType>(item: T, key: string) {
  return z.array(z.union([z.string().transform((value) => ({ [key]: value }) as z.infer<T>), item]));
}

/** Jobs in the looser shapes of older generators and hand-made files: any item of the wrong shape drops the list, never the file. */
const jobList = z
  .array(
    z.looseObject({
      name: optText,
      company: optText,
      position: optText,
      title: optText,
      url: optText,
      website: optText,
      startDate: optText,
      endDate: optText,
      from: optText,
      to: optText,
      summary: optText,
      description: optText,
      highlights: z.array(text).optional(),
      activities: z.array(text).optional(),
    }),
  )
  .optional()
  .catch(undefined);

export const JsonResumeSchema = z.looseObject({
  basics: z.looseObject({
    name: text.min(1, 'a name is required'),
    label: optText,
    title: optText,
    email: optText,
    phone: optText,
    url: optText,
    /** Older schema versions call `url` `website`. */
    website: optText,
    summary: optText,
    location: z
      .looseObject({
        city: optText,
        region: optText,
        countryCode: optText,
        country: optText,
        address: optText,
      })
      .optional(),
    profiles: z.array(z.looseObject({ network: optText, username: optText, url: optText })).optional(),
  }),
  work: z
    .array(
      z.looseObject({
        name: optText,
        company: optText,
        position: optText,
        url: optText,
        website: optText,
        startDate: optText,
        endDate: optText,
        summary: optText,
        highlights: z.array(text).optional(),
      }),
    )
    .optional(),
  /** Non-standard: jobs under `experience` (company/title/from/to/activities); read leniently, never rejected. */
  experience: jobList,
  /** Jobs under other keys of hand-made resumes (`works`, `internships`, `jobs`), gathered by readResumeShape. */
  moreJobs: jobList,
  skills: listOf(
    z.looseObject({ name: optText, level: optText, keywords: z.array(text).optional() }),
    'name',
  ).optional(),
  projects: z
    .array(
      z.looseObject({
        name: optText,
        description: optText,
        url: optText,
        highlights: z.array(text).optional(),
      }),
    )
    .optional(),
  education: z
    .array(
      z.looseObject({
        institution: optText,
        area: optText,
        studyType: optText,
        startDate: optText,
        endDate: optText,
      }),
    )
    .optional(),
  certificates: listOf(
    z.looseObject({ name: text, issuer: optText, url: optText, date: optText }),
    'name',
  ).optional(),
  languages: listOf(z.looseObject({ language: optText, fluency: optText }), 'language').optional(),
  publications: listOf(
    z.looseObject({ name: optText, publisher: optText, releaseDate: optText, summary: optText }),
    'name',
  ).optional(),
  volunteer: listOf(
    z.looseObject({
      organization: optText,
      position: optText,
      startDate: optText,
      endDate: optText,
      summary: optText,
    }),
    'organization',
  ).optional(),
  awards: listOf(
    z.looseObject({ title: optText, awarder: optText, date: optText, summary: optText }),
    'title',
  ).optional(),
  interests: listOf(z.looseObject({ name: optText, keywords: z.array(text).optional() }), 'name').optional(),
});

export type JsonResume = z.infer<typeof JsonResumeSchema>;
