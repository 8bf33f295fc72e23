// One labelled question of the answers evaluation (a line of answers.jsonl), validated by zod.
import { z } from 'zod';

export const EvalCaseSchema = z.object({
  /** Which profile folder the question is asked over: a name in FOLDERS or given with --folder. */
  folder: z.string().min(1),
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

/** The cases of a JSONL file; each case's folder must be one of `folders` (names). */
export function parseCases(jsonl: string, folders: readonly string[], file = 'answers.jsonl'): EvalCase[] {
  return jsonl
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, n }) => {
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (error) {
        throw new Error(`${file}:${n}: not JSON (${(error as Error).message})`);
      }
      const parsed = EvalCaseSchema.safeParse(json);
      if (!parsed.success) throw new Error(`${file}:${n}: ${z.prettifyError(parsed.error)}`);
      if (!folders.includes(parsed.data.folder))
        throw new Error(
          `${file}:${n}: unknown folder “${parsed.data.folder}” (known: ${folders.join(', ')})`,
        );
      return parsed.data;
    });
}
