// One labelled question of the answers evaluation (a line of answers.jsonl), validated by zod.
import { z } from 'zod';

export const EvalCaseSchema = z.object({
  /** Which profile folder the question is asked over (FOLDERS in eval-answers.ts). */
  folder: z.enum(['seeds', 'engine', 'search', 'team']),
  cat: z.string().min(1),
  q: z.string().min(1),
  /** The reply kind, or the kinds that are all right. */
  kind: z.union([z.string(), z.array(z.string())]).optional(),
  /** The person the reply is about (id). */
  person: z.string().optional(),
  /** Exactly these people are offered (ambiguous / not_found). */
  candidates: z.array(z.string()).optional(),
  /** Exactly these people are presented as listing the skill (all the skills, when several): [] = nobody. */
  people: z.array(z.string()).optional(),
  /** The skill asked for, canonical: no one may be presented as holding it through another skill. */
  skill: z.string().optional(),
  /** People whose prose mentions it: their names must appear (labelled, not as holders). */
  mentioned: z.array(z.string()).optional(),
  must: z.array(z.string()).optional(),
  mustNot: z.array(z.string()).optional(),
});
export type EvalCase = z.infer<typeof EvalCaseSchema>;

export function parseCases(jsonl: string): EvalCase[] {
  return jsonl
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, n }) => {
      const parsed = EvalCaseSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`answers.jsonl:${n}: ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    });
}
