// Generators for the shapes the readers and answers added in the eighth session (ninth red team): code-mode
// bios (key → value lines, `addLanguage(…)` calls, class names, contact keys), dense listings, two-cell
// contact rows, LinkedIn blocks, job-table headers, greetings, JSON Resume text after the object; and
// messages with "go-to for", "but not", "before", plural roles, "thanks! and …", Slack/Discord marks and
// it/pt/fr/de forms.
import fc from 'fast-check';

const soup = (tokens: readonly string[], maxLength: number) =>
  fc.array(fc.constantFrom(...tokens), { maxLength }).map((parts) => parts.join(''));

const BIO_TOKENS = [
  '\n```js\nconst me = {\n',
  '\n```python\nclass AnaRuiz:\n    def __init__(self):\n',
  '\n```yaml\n',
  '\n```\n',
  '\n  name: "Ana Ruiz",',
  '\n  role: "Backend Engineer",',
  '\n  company: "Acme",',
  '\n        self.mail = "ana" + "@" + "ruiz.example"',
  '\n        self.gmail = "ana.ruiz"',
  '\n  email: ana [at] ruiz [dot] example',
  '\n  linkedin: "ana-ruiz"',
  '\n  experience: [{ company: "Acme", title: "Dev", dates: "2019 - 2023" },',
  '\n  work: { Acme: { position: "Dev", since: "2020" } },',
  '\n  skills: ["Go", "Rust", ',
  '\n- Python',
  '\n  me.addLanguage("Go");',
  '\n  "Languages" to listOf("Kotlin", "Java"),',
  '\nLogin: ana      Name: Ana Ruiz      Shell: zsh',
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  '"',
  "'",
  '`',
  ', ',
  ': ',
  ' = ',
  ' // note',
  '    ',
];
const LAYOUT_TOKENS = [
  '\n## Experience\n',
  '\n## Contact\n',
  '\n## Stuff\n',
  '\n| Email | ana@ruiz.example |\n|---|---|\n',
  '| LinkedIn | linkedin.com/in/ana-ruiz |\n',
  '\n| Company | Role | Years |\n|---|---|---|\n',
  '| Acme | Engineer | 2019-2021 |\n',
  '| Empresa | Cargo | Período |\n',
  '\nSoftware Engineer\nAcme · Full-time\nJan 2020 - Present · 3 yrs\n',
  '\n- Go\n- Rust\n- TypeScript\n- coffee\n',
  'Go, Rust, Python, Docker\n',
  "\nHi 👋, I'm Ana Ruiz\n",
  '\nHola, soy Ana\n',
  '\nOlá! Eu sou a Ana\n',
  '\nПривет, я Аня\n',
  '\nこんにちは、アナです\n',
  '\n',
  ' ',
];

/** A seed profile with a run of code-bio and layout shapes appended, or first under a heading. */
export function ninthShapeProfile(seeds: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      soup(BIO_TOKENS, 400),
      soup(LAYOUT_TOKENS, 300),
      fc.nat({ max: seeds.length - 1 }),
      fc.boolean(),
      fc.constantFrom('', '---\nvisibility:\n  email: private\n  linkedin: private\n---\n'),
    )
    .map(([bio, layout, seed, first, front]) => {
      const text = seeds[seed]!.startsWith('---') ? seeds[seed]! : `${front}${seeds[seed]!}`;
      return first && !text.startsWith('---')
        ? `${front}# Ana Ruiz\n\n${bio}\n${layout}\n\n${text}`
        : `${text}\n\n${layout}${bio}\n`;
    });
}

const TAIL_TOKENS = ['{', '}', '[', ']', '"', '\\', '- [ ] todo', '\n', ',', '{"basics":{"name":"B"}}'];

/** A small JSON Resume followed by bracket junk, or holding a deep array. */
export const ninthShapeResume: fc.Arbitrary<string> = fc
  .tuple(soup(TAIL_TOKENS, 2000), fc.nat({ max: 3000 }), fc.boolean())
  .map(([tail, depth, deep]) => {
    const nested = deep ? `, "x": ${'['.repeat(depth)}${']'.repeat(depth)}` : '';
    return `{"basics": {"name": "Ana Ruiz", "email": "ana@ruiz.example"}${nested}}\n${tail}`;
  });

const MESSAGE_TOKENS = [
  "who's the go-to for ",
  'who knows ',
  ' but not ',
  ' before ',
  ' and ',
  'thanks! and ',
  'who are the engineers',
  "who's at ",
  'who is based in ',
  "ana's linkedin?",
  'how do I reach ana by email',
  'chi conosce ',
  ' ma non ',
  'quem sabe ',
  ' mas não ',
  'qui connaît ',
  ' mais pas ',
  'wer kann ',
  ' aber nicht ',
  'go',
  'rust',
  'acme',
  'lisbon',
  'ana',
  '*',
  '_',
  '~',
  '`',
  '> ',
  '<@U0ALICE> ',
  '<@100000000000000001>',
  '<https://a.example|a>',
  '\n',
  '?',
];

/** A message of the new answer classes' words and chat marks, up to the 2,000-character cap. */
export const ninthShapeMessage: fc.Arbitrary<string> = soup(MESSAGE_TOKENS, 400).map((text) =>
  text.slice(0, 2000),
);
