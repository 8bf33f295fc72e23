// Paging buttons: the custom_id carries the question itself when it fits Discord's 100 characters, so
// any replica can re-answer a page; longer questions are kept for 15 minutes (an interaction's life)
// in the StateStore (shared on Redis), with a small bounded local cache in front.
import { randomUUID } from 'node:crypto';
import { COMMAND_SET, type CommandName, type CommandSet, type OptionName } from '../../../commands/index.js';
import type { Invocation } from '../../engine/invocation.js';
import { DISCORD } from '../../render/limits.js';
import { createMemoryStore } from '../../state/memory-store.js';
import type { StateStore } from '../../state/state-store.js';

type Question = Pick<Invocation, 'command' | 'args' | 'text'>;

export interface PageTokens {
  /** custom_id for `page` of the answer to `question`. */
  encode(question: Question, page: number): string;
  /** Resolves once every question `encode` stored is saved: await it before sending the buttons. */
  saved(): Promise<void>;
  /** The question and page behind a custom_id; null when it is not ours or has expired. */
  decode(customId: string): Promise<{ question: Question; page: number } | null>;
}

export const PAGE_TOKEN_TTL_MS = 15 * 60 * 1000;

export function createPageTokens(
  options: { max?: number; store?: StateStore; commands?: CommandSet } = {},
): PageTokens {
  const max = options.max ?? 1000;
  const commands = options.commands ?? COMMAND_SET;
  const store = options.store ?? createMemoryStore({ max });
  const cache = new Map<string, Question>();
  let pending: Promise<unknown>[] = [];
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
      pending.push(store.set(`page:${key}`, JSON.stringify(question), PAGE_TOKEN_TTL_MS));
      return `pa:k:${page}:${key}`;
    },
    async saved() {
      const writes = pending;
      pending = [];
      await Promise.all(writes);
    },
    async decode(customId) {
      const inline = /^pa:p:(-?\d+):([a-z-]*):(.*)$/.exec(customId);
      if (inline) {
        const params = new URLSearchParams(inline[3]);
        const command = commands.find(inline[2] ?? '')?.name as CommandName | undefined;
        const args = knownArgs(commands, (name) => params.get(name));
        const question: Question = command ? { command, args } : { args, text: params.get('t') ?? '' };
        return { question, page: Number(inline[1]) };
      }
      const cached = /^pa:k:(-?\d+):([\w-]{1,36})$/.exec(customId);
      if (!cached) return null;
      const question = cache.get(cached[2]!) ?? parseQuestion(commands, await store.get(`page:${cached[2]}`));
      return question ? { question, page: Number(cached[1]) } : null;
    },
  };
}

/** A stored question, checked field by field: the store is shared, so its values are not trusted blindly. */
function parseQuestion(commands: CommandSet, stored: string | null): Question | null {
  if (!stored || stored.length > 16_384) return null;
  try {
    const value = JSON.parse(stored) as Partial<Question>;
    if (typeof value !== 'object' || value === null || typeof value.args !== 'object') return null;
    const command = (value.command ? commands.find(value.command)?.name : undefined) as
      | CommandName
      | undefined;
    const given = value.args as Record<string, unknown>;
    const args = knownArgs(commands, (name) => {
      const arg = given[name];
      return typeof arg === 'string' ? arg : null;
    });
    if (command) return { command, args };
    return { args, text: typeof value.text === 'string' ? value.text : '' };
  } catch {
    return null;
  }
}

/** The values of the options the set declares; anything else in a token is dropped. */
function knownArgs(commands: CommandSet, read: (name: string) => string | null): Invocation['args'] {
  const args: Invocation['args'] = {};
  for (const name of commands.optionNames) {
    const value = read(name);
    if (value) args[name as OptionName] = value;
  }
  return args;
}
