// Command definitions as data, validated against the stricter of Discord's and Slack's limits.
import { z } from 'zod';

/** Option names are a public contract: the same on Discord, Slack (argument order) and JSON. */
export const OPTION_NAMES = ['person', 'section', 'skill', 'query', 'command'] as const;
export type OptionName = (typeof OPTION_NAMES)[number];

const OptionSchema = z.object({
  name: z.enum(OPTION_NAMES),
  // Discord: option description 1–100.
  description: z.string().min(1).max(100),
  required: z.boolean(),
  autocomplete: z.boolean(),
});

export const CommandSchema = z.object({
  // Discord: 1–32 lowercase chars; Slack: ≤32 including "/" and an optional prefix ("pa-"), so ≤24.
  name: z.string().regex(/^[a-z][a-z0-9-]{0,23}$/, 'lowercase letters, digits and "-", at most 24'),
  // Discord: description 1–100 (Slack allows 2000).
  description: z.string().min(1).max(100),
  // Discord: ≤25 options, required ones first, names unique.
  options: z
    .array(OptionSchema)
    .max(25)
    .refine((opts) => new Set(opts.map((o) => o.name)).size === opts.length, 'option names must be unique')
    .refine(
      (opts) => opts.every((o, i) => o.required || opts.slice(i).every((later) => !later.required)),
      'required options must come before optional ones (Discord rejects the command otherwise)',
    ),
  /** `ephemeral`: only the asker sees the answer where the platform allows. */
  visibility: z.enum(['public', 'ephemeral']),
  // Slack usage_hint (≤1000; kept short so it fits one line in Slack's command picker).
  usage: z.string().max(100),
  examples: z.array(z.string().min(1).max(100)).min(1).max(5),
});

export type CommandOption = z.infer<typeof OptionSchema>;
export type CommandDefinition = Omit<z.infer<typeof CommandSchema>, 'options' | 'examples'> & {
  readonly options: readonly CommandOption[];
  readonly examples: readonly string[];
};

/** Validates a definition when the module loads: a bad definition stops startup and fails the tests. */
export function defineCommand<const N extends string, const O extends readonly CommandOption[]>(
  definition: Omit<CommandDefinition, 'name' | 'options'> & { name: N; options: O },
): CommandDefinition & { name: N; options: O } {
  const result = CommandSchema.safeParse(definition);
  if (!result.success) {
    throw new Error(`command "${definition.name}" is invalid:\n${z.prettifyError(result.error)}`);
  }
  return definition;
}
