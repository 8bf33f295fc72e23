// Hostile-input generators shared by the property tests (npm test) and `npm run fuzz`: real profile
// files mutated the way an attacker or a broken editor would, and chat messages made of command
// words, real names, separators and junk.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { ninthShapeMessage, ninthShapeProfile } from './ninth-shapes.js';
import { recentShapeMessage, recentShapeProfile } from './recent-shapes.js';
import { frontMatterProfile, htmlProfile } from './shape-generators.js';

export const ROOT = join(import.meta.dirname, '../..');
const SEED_DIRS = [
  'profiles',
  'test/fixtures/engine',
  'test/fixtures/extract',
  'test/fixtures/profiles',
  'test/fixtures/search',
];

/** Every seed profile as text (UTF-16 and Latin-1 fixtures included: their bytes decode as they may). */
export const SEED_PROFILES: readonly string[] = SEED_DIRS.flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((name) => /\.(?:md|json)$/.test(name))
    .map((name) => readFileSync(join(ROOT, dir, name), 'utf8')),
);

/** Characters that markdown, the skill splitter and the heading cleaner treat specially. */
const RUN_CHARS = [
  '.',
  ' ',
  '\t',
  '*',
  '[',
  ']',
  '(',
  ')',
  '`',
  '|',
  '_',
  '-',
  '#',
  '>',
  '<',
  ':',
  ',',
  '!',
  '/',
  '\\',
  '…',
  '•',
  '@',
  '🚀',
  '\u200d',
  '\u00a0',
  'é',
  '\n',
];

const run = fc
  .tuple(fc.constantFrom(...RUN_CHARS), fc.constantFrom(...RUN_CHARS), fc.integer({ min: 1, max: 3000 }))
  .map(([a, b, n]) => (a + b).repeat(Math.ceil(n / 2)).slice(0, n));
const unicode = fc.string({ unit: 'binary', maxLength: 200 });
const emoji = fc.constantFrom('👩‍💻', '🇩🇪', '✨', '🦀', '👋🏽', '⭐️', '🔥');

type Mutation = (lines: string[], at: number) => string[];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // a line repeated many times
  fc.integer({ min: 2, max: 400 }).map(
    (k): Mutation =>
      (lines, at) => [...lines.slice(0, at), ...Array(k).fill(lines[at] ?? ''), ...lines.slice(at)],
  ),
  // a run of special characters inside a line, or as a list item of its own
  fc.tuple(run, fc.boolean()).map(
    ([text, own]): Mutation =>
      (lines, at) => {
        const copy = [...lines];
        const line = copy[at] ?? '';
        copy[at] = own
          ? `- ${text}script, Vue`
          : line.slice(0, line.length >> 1) + text + line.slice(line.length >> 1);
        return copy;
      },
  ),
  // deep nesting of lists and blockquotes
  fc.tuple(fc.integer({ min: 5, max: 300 }), fc.constantFrom('  - ', '> ', '1. ', '* ')).map(
    ([depth, marker]): Mutation =>
      (lines, at) => {
        const nested = Array.from(
          { length: depth },
          (_, i) => (marker === '> ' ? '> '.repeat(i + 1) : '  '.repeat(i) + marker) + (lines[at] ?? 'x'),
        );
        return [...lines.slice(0, at), ...nested, ...lines.slice(at)];
      },
  ),
  // one very long line
  fc.integer({ min: 10, max: 200 }).map(
    (k): Mutation =>
      (lines, at) => {
        const copy = [...lines];
        copy[at] = Array(k)
          .fill(lines[at] || 'Skills: Rust, Go')
          .join(' ');
        return copy;
      },
  ),
  // emoji and random unicode
  fc.tuple(fc.oneof(emoji, unicode), fc.integer({ min: 1, max: 50 })).map(
    ([text, k]): Mutation =>
      (lines, at) => {
        const copy = [...lines];
        copy[at] = `${copy[at] ?? ''}${text.repeat(k)}`;
        return copy;
      },
  ),
);

const MAX_PROFILE_CHARS = 40_000;

/** A seed profile with 1–4 mutations, at most 40,000 characters. */
export const hostileProfile: fc.Arbitrary<string> = fc
  .tuple(
    fc.nat({ max: SEED_PROFILES.length - 1 }),
    fc.array(fc.tuple(mutation, fc.nat()), { minLength: 1, maxLength: 4 }),
  )
  .map(([seed, mutations]) => {
    let lines = SEED_PROFILES[seed]!.split('\n');
    for (const [mutate, position] of mutations) {
      // Bounded after every step, so that mutations of mutations stay near the size of a real file.
      lines = mutate(lines, position % Math.max(1, lines.length))
        .join('\n')
        .slice(0, MAX_PROFILE_CHARS)
        .split('\n');
    }
    return lines.join('\n');
  });

/** Random markdown-ish text, for inputs nowhere near a real profile. */
export const randomProfile: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      run,
      unicode,
      emoji,
      fc.constantFrom('# ', '## Skills\n', '- ', '\n', '|', '<a href="x">', '<!--', '---\n', 'I am ', ': '),
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

/** Mutated seeds, random text, and seeds with hostile front matter or HTML (shape-generators.ts). */
export const anyProfile: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: hostileProfile },
  { weight: 1, arbitrary: randomProfile },
  { weight: 1, arbitrary: frontMatterProfile(SEED_PROFILES) },
  { weight: 1, arbitrary: htmlProfile(SEED_PROFILES) },
  { weight: 1, arbitrary: recentShapeProfile(SEED_PROFILES) },
  { weight: 1, arbitrary: ninthShapeProfile(SEED_PROFILES) },
);

const COMMAND_WORDS = [
  '/section',
  'section',
  '/whoknows',
  'who knows',
  '/search',
  '/skills',
  '/contact',
  '/profile',
  '/experience',
  '/people',
  '/help',
  'what are',
  'how do I reach',
  'tell me about',
  'does anyone know',
  "'s",
  'section of',
  'person:',
  'section:',
  'skill:',
  'query:',
  'search for',
];
const NAMES = [
  'rajat',
  'rajdeep',
  'Rajat Jog',
  'Rajdeep Sengupta',
  'rajdep',
  'ada',
  'Ada Lovelace',
  'alex',
  'jürgen',
  'bruckner',
  '@rajat',
  'nobody',
];
const WORDS = [
  'values',
  'skills',
  'rust',
  'terraform',
  'kubernetes',
  'contact',
  'engineering values',
  'focus',
  'the',
  'and',
  'of',
  'about',
];
const SEPARATORS = [
  ' ',
  ' ',
  ' ',
  '  ',
  ', ',
  '?',
  '!',
  '...',
  ':',
  "'",
  ' - ',
  '\t',
  '\n',
  '<@123>',
  '`',
  '*',
];

const token = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...COMMAND_WORDS, ...NAMES, ...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...SEPARATORS) },
  { weight: 1, arbitrary: run.map((text) => text.slice(0, 200)) },
  { weight: 1, arbitrary: fc.oneof(emoji, fc.string({ unit: 'grapheme', maxLength: 20 })) },
);

/** A chat message: command words, names, separators and junk, up to 4,000 characters. */
export const hostileMessage: fc.Arbitrary<string> = fc.oneof(
  fc.array(token, { maxLength: 60 }).map((tokens) => tokens.join('')),
  // long: a command followed by many words, past the cap or just under it
  fc
    .tuple(
      fc.constantFrom(...COMMAND_WORDS),
      fc.array(fc.constantFrom(...NAMES, ...WORDS), { maxLength: 800 }),
      fc.integer({ min: 100, max: 4000 }),
    )
    .map(([command, words, cap]) => `${command} ${words.join(' ')}`.slice(0, cap)),
  recentShapeMessage,
  ninthShapeMessage,
);

/** p50 / p99 / max of a list of times. */
export function percentiles(times: number[]): { p50: number; p99: number; max: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99), max: sorted.at(-1) ?? 0 };
}
