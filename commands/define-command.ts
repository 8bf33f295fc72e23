// Command definitions as data, validated against the stricter of Discord's and Slack's limits: what a
// command is called, its options, how typed text fills them, and where their autocomplete comes from.
import { z } from 'zod';

export type { OptionName } from './index.js';

/** Where an option's autocomplete choices come from (src/engine/autocomplete.ts has one function each). */
export const COMPLETION_SOURCES = ['people', 'sections', 'skills', 'kinds', 'commands'] as const;
export type CompletionSource = (typeof COMPLETION_SOURCES)[number];

/**
 * How text typed after the command word becomes this option's value, when the option takes it by
 * position: `text` as typed; `topic` without a leading "of/for/about/on/with/from"; `person` the same
 * and without possessives or filler ("rajat's" → "rajat"); `word` the first word without a "/".
 */
export const POSITIONAL_READS = ['text', 'topic', 'person', 'word'] as const;

const OptionSchema = z.object({
  // Discord: option names 1–32 lowercase; two letters at least so they never clash with page-token keys.
  name: z.string().regex(/^[a-z][a-z0-9]{1,31}$/, 'lowercase letters and digits, 2 to 32'),
  // Discord: option description 1–100.
  description: z.string().min(1).max(100),
  required: z.boolean(),
  /** Omitted: no autocomplete (Discord shows a plain text box). */
  complete: z.enum(COMPLETION_SOURCES).optional(),
  /** The longest value the engine reads (src/engine/input-limit.ts); Discord caps a value at 6000. */
  maxLength: z.number().int().min(1).max(6000),
  read: z.enum(POSITIONAL_READS),
});

export const CommandSchema = z
  .object({
    // Discord: 1–32 lowercase chars; Slack: ≤32 including "/" and an optional prefix ("pa-"), so ≤24.
    name: z.string().regex(/^[a-z][a-z0-9-]{0,23}$/, 'lowercase letters, digits and "-", at most 24'),
    // Discord: description 1–100 (Slack allows 2000).
    description: z.string().min(1).max(100),
    /** Place in /help, the Slack manifest and Discord registration: lower first, unique. */
    order: z.number().int().min(0).max(10_000),
    // Discord: ≤25 options, required ones first, names unique.
    options: z
      .array(OptionSchema)
      .max(25)
      .refine((opts) => new Set(opts.map((o) => o.name)).size === opts.length, 'option names must be unique')
      .refine(
        (opts) => opts.every((o, i) => o.required || opts.slice(i).every((later) => !later.required)),
        'required options must come before optional ones (Discord rejects the command otherwise)',
      ),
    /**
     * The options that text after the command word fills, when not given as `name:value`. One option
     * takes all of it; two (one of them `person`) split it where a person's name is best found
     * ("rajat values", "values rajat"). Also the shape of follow-ups: `/section rajat values`.
     */
    positional: z.array(z.string()).max(2),
    /** `ephemeral`: only the asker sees the answer where the platform allows. */
    visibility: z.enum(['public', 'ephemeral']),
    // Slack usage_hint (≤1000; kept short so it fits one line in Slack's command picker).
    usage: z.string().max(100),
    examples: z.array(z.string().min(1).max(100)).min(1).max(5),
    /**
     * Examples for /help over the folder loaded: {person} {person2} {skill} {skill2} {section}
     * {section2} become people, skills and sections that exist there (an example whose blank cannot
     * be filled is left out). Omitted: `examples` as written.
     */
    folderExamples: z.array(z.string().min(1).max(100)).max(5).optional(),
    /**
     * A Discord user context-menu entry (right-click a member → Apps → this name) that runs the command
     * with that member as `person`, answered only to the clicker. Discord: 1–32 characters, spaces allowed.
     */
    userMenu: z
      .string()
      .regex(/^[\p{L}\p{N}][\p{L}\p{N} _'-]{0,31}$/u, "1 to 32 letters, digits, spaces, _ ' -")
      .optional(),
  })
  .refine(
    (c) => c.positional.every((name) => c.options.some((o) => o.name === name)),
    'positional names options of this command',
  )
  .refine(
    (c) => [...c.examples, ...(c.folderExamples ?? [])].every((e) => e.split(' ')[0] === `/${c.name}`),
    'every example starts with the command itself',
  )
  .refine(
    (c) => c.userMenu === undefined || c.options.some((o) => o.name === 'person'),
    'a user menu entry runs the command for a member: the command needs a "person" option',
  )
  .refine(
    (c) => c.positional.length < 2 || c.positional.includes('person'),
    'two positional options split around a person: one of them must be "person"',
  );

export type CommandOption = z.infer<typeof OptionSchema>;
export type CommandDefinition = Omit<
  z.infer<typeof CommandSchema>,
  'options' | 'examples' | 'positional' | 'folderExamples'
> & {
  readonly options: readonly CommandOption[];
  readonly positional: readonly string[];
  readonly examples: readonly string[];
  readonly folderExamples?: readonly string[];
};

/** Validates a definition when the module loads: a bad definition stops startup and fails the tests. */
export function defineCommand<const N extends string, const O extends readonly CommandOption[]>(
  definition: Omit<CommandDefinition, 'name' | 'options' | 'positional'> & {
    name: N;
    options: O;
    positional: readonly O[number]['name'][];
  },
): CommandDefinition & { name: N; options: O } {
  const result = CommandSchema.safeParse(definition);
  if (!result.success) {
    throw new Error(`command "${definition.name}" is invalid:\n${z.prettifyError(result.error)}`);
  }
  return definition;
}
