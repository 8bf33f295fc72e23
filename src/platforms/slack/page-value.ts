// Paging buttons carry the question itself (Slack allows 2000 chars per button value), so any replica
// can answer the next page without shared state.
import { z } from 'zod';
import { findCommand, OPTION_NAMES } from '../../../commands/index.js';
import type { Invocation } from '../../engine/invocation.js';

const PageValue = z.object({
  c: z.string().optional(),
  a: z.partialRecord(z.enum(OPTION_NAMES), z.string()),
  t: z.string().optional(),
  p: z.number().int().min(0),
});

type Question = Pick<Invocation, 'command' | 'args' | 'text'>;

export function encodePageValue(question: Question, page: number): string {
  return JSON.stringify({
    c: question.command,
    a: question.args,
    t: question.command ? undefined : question.text,
    p: page,
  });
}

export function decodePageValue(value: string): { question: Question; page: number } | null {
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    return null;
  }
  const parsed = PageValue.safeParse(json);
  if (!parsed.success) return null;
  const command = parsed.data.c ? findCommand(parsed.data.c)?.name : undefined;
  const question: Question = command
    ? { command, args: parsed.data.a }
    : { args: parsed.data.a, text: parsed.data.t ?? '' };
  return { question, page: parsed.data.p };
}
