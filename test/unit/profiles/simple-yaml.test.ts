// parseSimpleYaml stands in for the YAML library on simple front matter: wherever it answers, it must
// answer exactly what the library does, and it must answer for the shapes profiles write.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseSimpleYaml } from '../../../src/profiles/markdown/simple-yaml.js';

/** Characters that matter to YAML, next to ordinary letters. */
const piece = fc.constantFrom(
  'a',
  'Z',
  'ü',
  'é',
  '’',
  "'",
  '"',
  ' ',
  '  ',
  '\t',
  '\u00a0',
  '#',
  ' #',
  ':',
  ': ',
  ',',
  '[',
  ']',
  '{',
  '}',
  '-',
  '- ',
  '.',
  '&',
  '*',
  '!',
  '|',
  '>',
  '%',
  '@',
  '`',
  '\\',
  '(',
  ')',
  '/',
  '+',
  '_',
  '0',
  '1',
  '7.5',
  '\r',
  'true',
  'No',
  'null',
  '~',
  'ana',
  'Silva',
  '🎉',
  '0x1F',
  'e3',
  '.inf',
);
const chunk = fc.array(piece, { minLength: 0, maxLength: 6 }).map((parts) => parts.join(''));
const word = fc.stringMatching(/^[A-Za-zÀ-ÿ][a-zà-ÿ]{0,8}$/);
const words = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
const value = fc.oneof(
  words,
  chunk,
  fc.constantFrom('true', 'False', 'TRUE', 'false', 'yes', 'off', 'tRue', 'constructor', 'toString'),
  fc.tuple(words, chunk).map(([w, c]) => w + c),
  words.map((w) => `"${w}"`),
  words.map((w) => `'${w}'`),
  fc.tuple(chunk, chunk).map(([a, b]) => `"${a}${b}"`),
  fc.array(fc.oneof(words, chunk), { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
  fc.array(words, { maxLength: 3 }).map((items) => `[${items.join(',')}]`),
);
const key = fc.oneof(
  fc.constantFrom(
    'name',
    'handle',
    'aliases',
    'pronouns',
    'listed',
    'id',
    'true',
    'Null',
    '__proto__',
    '_x',
    'constructor',
    'hasOwnProperty',
  ),
  fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_-]{0,6}$/),
  chunk,
);
const separator = fc.constantFrom(': ', ': ', ': ', ':', ':  ', ' : ', ':\t');
const goodKey = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_-]{0,6}$/);
const line = fc.oneof(
  { arbitrary: fc.tuple(fc.oneof(goodKey, key), value).map(([k, v]) => `${k}: ${v}`), weight: 4 },
  {
    arbitrary: fc.tuple(fc.constantFrom('', ' ', '- '), key, separator, value).map((p) => p.join('')),
    weight: 1,
  },
);
const source = fc.array(line, { minLength: 0, maxLength: 5 }).map((lines) => lines.join('\n'));

function library(text: string): { value: unknown } | { threw: true } {
  try {
    return { value: parseYaml(text) };
  } catch {
    return { threw: true };
  }
}

describe('parseSimpleYaml', () => {
  it('gives exactly the YAML library’s map whenever it gives one', () => {
    let answered = 0;
    fc.assert(
      fc.property(source, (text) => {
        const simple = parseSimpleYaml(text);
        if (simple === null) return;
        answered++;
        // node's deep equality (prototypes, own keys, types): vitest's reads a `constructor` key as the class.
        const same = isDeepStrictEqual(library(text), { value: simple });
        expect(same, JSON.stringify(text)).toBe(true);
      }),
      { numRuns: 4000 },
    );
    expect(answered).toBeGreaterThan(200);
  });

  it('reads the front matter profiles write: names, handles, quoted text and one-line lists', () => {
    const text =
      'name: Ana Silva\nhandle: ana-s\naliases: [Nick, Ani Müller]\nheadline: "Builds: boring systems"\nlisted: false';
    expect(parseSimpleYaml(text)).toStrictEqual({
      name: 'Ana Silva',
      handle: 'ana-s',
      aliases: ['Nick', 'Ani Müller'],
      headline: 'Builds: boring systems',
      listed: false,
    });
    expect(parseSimpleYaml(text)).toStrictEqual(parseYaml(text));
  });

  it('leaves booleans, numbers, nesting, comments and repeated keys to the library', () => {
    for (const text of [
      'listed: yes',
      'id: 42',
      'visibility:\n  email: private',
      'name: Ana # me',
      'a: x\na: y',
    ])
      expect(parseSimpleYaml(text)).toBeNull();
  });
});
