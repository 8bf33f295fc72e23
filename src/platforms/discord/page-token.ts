// Paging buttons: the custom_id carries the question itself when it fits Discord's 100 characters, so
// any replica can re-answer a page; longer questions are kept in a small bounded cache instead.
import { randomUUID } from 'node:crypto';
import { findCommand } from '../../../commands/index.js';
import type { Invocation } from '../../engine/invocation.js';
import { DISCORD } from '../../render/limits.js';

type Question = Pick<Invocation, 'command' | 'args' | 'text'>;

export interface PageTokens {
  /** custom_id for `page` of the answer to `question`. */
  encode(question: Question, page: number): string;
  /** The question and page behind a custom_id; null when it is not ours or has expired. */
  decode(customId: string): { question: Question; page: number } | null;
}

export function createPageTokens(options: { max?: number } = {}): PageTokens {
  const max = options.max ?? 1000;
  const cache = new Map<string, Question>();
  return {
    encode(question, page) {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(question.args)) if (value) params.set(key, value);
      if (!question.command && question.text) params.set('t', question.text);
      const inline = `pa:p:${page}:${question.command ?? ''}:${params.toString()}`;
      if (inline.length <= DISCORD.customId) return inline;
      const key = randomUUID().slice(0, 12);
      cache.set(key, question);
      if (cache.size > max) cache.delete(cache.keys().next().value!);
      return `pa:k:${page}:${key}`;
    },
    decode(customId) {
      const inline = /^pa:p:(-?\d+):([a-z-]*):(.*)$/.exec(customId);
      if (inline) {
        const params = new URLSearchParams(inline[3]);
        const command = findCommand(inline[2] ?? '')?.name;
        const args: Invocation['args'] = {};
        for (const name of ['person', 'section', 'skill', 'query', 'command'] as const) {
          const value = params.get(name);
          if (value) args[name] = value;
        }
        const question: Question = command ? { command, args } : { args, text: params.get('t') ?? '' };
        return { question, page: Number(inline[1]) };
      }
      const cached = /^pa:k:(-?\d+):([\w-]+)$/.exec(customId);
      const question = cached ? cache.get(cached[2]!) : undefined;
      return question && cached ? { question, page: Number(cached[1]) } : null;
    },
  };
}
