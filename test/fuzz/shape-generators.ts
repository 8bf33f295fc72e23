// Generators for the parts of a profile that third-party parsers read: YAML front matter (the yaml
// library), HTML blocks and inline HTML (parse5), and JSON Resume files (JSON.parse and the schema).
// Token soups and long runs of one token, the shapes where those parsers were found slow.
import fc from 'fast-check';

const markdownOnly = (seeds: readonly string[]) => seeds.filter((text) => !text.trimStart().startsWith('{'));

/** `token` repeated up to `max` times, or a soup of `tokens` up to `max` long. */
function soup(tokens: readonly string[], max: number): fc.Arbitrary<string> {
  const one = fc.constantFrom(...tokens);
  return fc.oneof(
    fc.tuple(one, fc.integer({ min: 1, max })).map(([token, n]) => token.repeat(n)),
    fc
      .tuple(fc.array(one, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: max >> 2 }))
      .map(([unit, n]) => unit.join('').repeat(n)),
    fc.array(one, { maxLength: max }).map((parts) => parts.join('')),
  );
}

const YAML_TOKENS = [
  '? ',
  '- ',
  ': ',
  ':',
  '[',
  ']',
  '{',
  '}',
  ', ',
  ',',
  '&a ',
  '*a ',
  '!t ',
  '!!str ',
  '!<tag:x> ',
  '|',
  '>',
  '# c',
  "'",
  '"',
  '\\',
  '\n',
  '\n  ',
  '\n    ',
  '\t',
  '%YAML 1.2\n',
  '...\n',
  '---\n',
  'name',
  'x',
  'aliases',
  ' ',
  '<<',
  '0x1',
  '1e9',
  '~',
  'null',
  'é',
  '🚀',
  '\r\n',
];

/** A seed profile under front matter made of YAML indicators, up to a few KB. */
export function frontMatterProfile(seeds: readonly string[]): fc.Arbitrary<string> {
  const markdown = markdownOnly(seeds);
  return fc
    .tuple(soup(YAML_TOKENS, 1500), fc.nat({ max: markdown.length - 1 }), fc.boolean())
    .map(([yaml, seed, named]) => `---\n${named ? 'name: Someone\n' : ''}${yaml}\n---\n${markdown[seed]}`);
}

const HTML_TOKENS = [
  '<b>',
  '<b id=1>',
  '<b id=2>',
  '</b>',
  '<i>',
  '</i>',
  '<a href="https://x.com">',
  '</a>',
  '<p>',
  '</p>',
  '<div>',
  '</div>',
  '<table>',
  '<tr>',
  '<td>',
  '</td>',
  '<th>',
  '</table>',
  '<template>',
  '</template>',
  '<svg>',
  '<g>',
  '<foreignObject>',
  '<math>',
  '<mi>',
  '<annotation-xml encoding="text/html">',
  '<select>',
  '<option>',
  '<ul>',
  '<li>',
  '<h2>',
  '<br>',
  '<img src="x.png" alt="Go">',
  '<!--',
  '-->',
  '&amp;',
  '&#x1F600;',
  '<details>',
  '<summary>',
  '<frameset>',
  '<textarea>',
  '<pre>',
  '<script>',
  ' x ',
  'Go, Rust',
  '\n',
  '<span a=1 b=2 c=3>',
  '<font>',
  '<nobr>',
  '<center>',
  '</center>',
  '<body>',
  '<html>',
  '<head>',
];

/** A seed profile with an HTML block (at a line start) or inline HTML (inside a paragraph) inserted. */
export function htmlProfile(seeds: readonly string[]): fc.Arbitrary<string> {
  const markdown = markdownOnly(seeds);
  return fc
    .tuple(soup(HTML_TOKENS, 800), fc.nat({ max: markdown.length - 1 }), fc.nat(), fc.boolean())
    .map(([html, seed, at, block]) => {
      const lines = markdown[seed]!.split('\n');
      const where = at % Math.max(1, lines.length);
      const inserted = block ? `\n<div>${html}\n` : `Skills: Go ${html} and more`;
      return [...lines.slice(0, where), inserted, ...lines.slice(where)].join('\n');
    });
}

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('Go', 'Rust, Go / C++ (Qt)', 'Seeking Alpha', 'https://github.com/x', 'a@b.co', ''),
  soup(['Go', ', ', ' / ', '(', ')', 'é', '🚀', ' ', '\u0000', '\ud83d', '\\', '"'], 400),
);
const anyJson = fc.jsonValue({ maxDepth: 4 });
const item = fc.record(
  { name: text, keywords: fc.array(text, { maxLength: 8 }), position: text, highlights: fc.array(text) },
  { requiredKeys: [] },
);
const list = fc.oneof(
  fc.array(fc.oneof(item, text, anyJson), { maxLength: 20 }),
  fc.tuple(item, fc.integer({ min: 1, max: 2000 })).map(([one, n]) => Array(n).fill(one)),
  item,
  text,
);

/** A JSON Resume: basics with a name, sections of any shape (many copies of one item too), JSON text. */
export const jsonResume: fc.Arbitrary<string> = fc
  .record({
    basics: fc.record({ name: text, label: text, summary: text, profiles: list }, { requiredKeys: ['name'] }),
    skills: list,
    work: list,
    languages: list,
    extra: anyJson,
  })
  .chain((resume) =>
    fc.oneof(
      { weight: 4, arbitrary: fc.constant(JSON.stringify(resume)) },
      // deep nesting, a truncated file, a long run inside a string
      fc
        .integer({ min: 1, max: 20_000 })
        .map((n) =>
          JSON.stringify(resume).replace('"extra":', `"extra":${'['.repeat(n)}0${']'.repeat(n)},"x":`),
        ),
      fc.nat().map((n) => JSON.stringify(resume).slice(0, n % (JSON.stringify(resume).length + 1))),
      soup(['\\u0000', '\\ud83d', '\\"', 'é', ', '], 4000).map((run) =>
        JSON.stringify(resume).replace('"name":"', `"name":"${run}`),
      ),
    ),
  );
