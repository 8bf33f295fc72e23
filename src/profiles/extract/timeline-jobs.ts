// timelineJobs: jobs written as a timeline in a code block — a mermaid `timeline` ("2024 - 2025 : AI/ML
// Engineer · Vasp Technologies") or a plain block of "years : role · company" lines. Only lines with a role
// word on one side count: a degree and its university on the same shape are not a job.
import type { Code } from 'mdast';
import type { DocSection } from '../markdown/source-document.js';
import type { Experience } from '../model/profile.js';

/** "2024 - 2025 : …", "2025 : …", "2023 - Now : …": the years, a colon, the event. */
const EVENT =
  /^\s{0,12}((?:19|20)\d\d(?:\s{0,2}[-–—]\s{0,2}(?:(?:19|20)\d\d|present|now|today|current))?)\s{0,4}:\s{0,4}(\S.{0,150})$/i;
const MAX_LINES = 200;

type ParseEntry = (text: string) => { title: string | null; organization: string | null };

function timelineJobs(block: Code, parseEntry: ParseEntry, isRole: (text: string) => boolean): Experience[] {
  const mermaid = (block.lang ?? '').toLowerCase() === 'mermaid';
  if (mermaid && !/^\s*timeline\b/.test(block.value)) return [];
  const start = block.position?.start.line ?? null;
  const out: Experience[] = [];
  block.value.split('\n', MAX_LINES).forEach((raw, i) => {
    const event = EVENT.exec(raw.length > 200 ? '' : raw);
    if (!event) return;
    // "AI/ML Engineer · Vasp Technologies : more" — the first event of the line.
    const text = event[2]!.split(/\s:\s/)[0]!.trim();
    const { title, organization } = parseEntry(text);
    if (!organization || !title || !isRole(title) || isRole(organization)) return;
    out.push({
      text,
      title,
      organization,
      period: event[1]!.replace(/\s{0,2}[-–—]\s{0,2}/, ' – '),
      highlights: [],
      line: start === null ? null : start + 1 + i,
    });
  });
  return out;
}

/** The jobs of every timeline block, each employer once (a job list may have named it already). */
export function addTimelineJobs(
  sections: readonly DocSection[],
  out: Experience[],
  parseEntry: ParseEntry,
  isRole: (text: string) => boolean,
): void {
  for (const section of sections)
    for (const block of section.blocks)
      if (block.type === 'code')
        for (const job of timelineJobs(block, parseEntry, isRole))
          if (!out.some((e) => e.organization === job.organization)) out.push(job);
}
