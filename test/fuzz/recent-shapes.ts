// Generators for the shapes the readers added in the seventh session (eighth red team): profiles with
// layout tables, CJK and Cyrillic headings and separators, timelines (mermaid and plain), name forms and
// greetings, obfuscated and doubled contacts; and chat messages asking yes/no and comparison questions
// about several people and skills, fragments, "rn"/"atm" tails, `label: value` lines and mentions.
import fc from 'fast-check';

const soup = (tokens: readonly string[], maxLength: number) =>
  fc.array(fc.constantFrom(...tokens), { maxLength }).map((parts) => parts.join(''));

const PROFILE_TOKENS = [
  '<table>',
  '<tr>',
  '<td>',
  '</td>',
  '</tr>',
  '</table>',
  '<th>Frontend</th>',
  '<h3>Skills</h3>',
  '<h3>About</h3>',
  '<div>',
  '</div>',
  '\n| Frontend | Backend |\n|---|---|\n| React | Go |\n',
  '\n```mermaid\ntimeline\n',
  '\n```\n',
  '\n    2020 - 2022 : Engineer · Acme',
  '\n2019 - now: Intern at Kestrel',
  '\n## 技能\n',
  '\n## 工作经历\n',
  '\n## Навыки\n',
  '、',
  '｜',
  '：',
  '前腾讯、百度工程师',
  '现就职于猿辅导',
  '\nName: ',
  '\n| Name | Ana (安娜) |\n',
  "Hi 👋, I'm ",
  'Ana Ruiz',
  ' ✨ ━━━ ',
  ' @acme',
  ' at Acme',
  ' jane [at] quill [dot] example',
  ' jane＠quill．example',
  '\nWeChat: jane_q',
  ' https://linkedin.com/in/www.linkedin.com/in/jane',
  ' https://twitter.com/https://twitter.com/jane',
  ' [LeetCode](https://leetcode.com/u/jane)',
  ' Summer Internship',
  " I'm writing Python and Rust",
  ' Ich benutze Go.',
  ' Uso Kotlin.',
  ' Location: Lisbon',
  ' **Role:** Engineer',
  'Go, Rust',
  ' ',
  '\n',
  '\n- ',
];

/** A seed profile (front matter kept first) with a run of the recent shapes appended or put first. */
export function recentShapeProfile(seeds: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      soup(PROFILE_TOKENS, 600),
      fc.nat({ max: seeds.length - 1 }),
      fc.boolean(),
      fc.constantFrom('', '---\nvisibility:\n  contacts: private\n---\n'),
    )
    .map(([shapes, seed, first, front]) => {
      const text = seeds[seed]!.startsWith('---') ? seeds[seed]! : `${front}${seeds[seed]!}`;
      return first && !text.startsWith('---')
        ? `# Ana Ruiz\n\n${shapes}\n\n${text}`
        : `${text}\n\n${shapes}\n`;
    });
}

const PEOPLE = ['rajat', 'rajdeep', 'ada', 'Ada Lovelace', 'jürgen', 'bruckner', 'harper', 'nobody', 'alex'];
const SKILLS = ['rust', 'go', 'python', 'k8s', 'terraform', 'react 18', 'c++', 'node.js'];
const JOINS = [' or ', ' vs ', ' and ', ', ', ' & ', ' / ', ' oder ', ' y '];
const SHAPES = [
  (p: string[], s: string[]) => `does ${p.join(' or ')} know ${s.join(', ')}`,
  (p: string[], s: string[]) => `${p.join(' vs ')} for ${s[0]}`,
  (p: string[], s: string[]) => `who knows more ${s[0]}, ${p.join(' or ')}`,
  (p: string[], s: string[]) => `is ${p[0]} a ${s[0]} dev rn`,
  (_p: string[], s: string[]) => `and ${s.join('? and ')}?`,
  (p: string[]) => `${p.join(', ')} email, phone and location atm`,
  (p: string[]) => `email: ${p[0]}`,
  (p: string[]) => `where is ${p.join(' and ')} based`,
  (p: string[], s: string[]) => `kennt ${p[0]} ${s[0]}`,
];

/** A question about several people and skills, joined every way the readers split them. */
export const recentShapeMessage: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.nat({ max: SHAPES.length - 1 }),
      fc.array(fc.constantFrom(...PEOPLE, '<@100000000000000001>', '<@U0ALICE>'), {
        minLength: 1,
        maxLength: 40,
      }),
      fc.array(fc.constantFrom(...SKILLS), { minLength: 1, maxLength: 40 }),
    )
    .map(([shape, people, skills]) => SHAPES[shape]!(people, skills).slice(0, 2000)),
  fc
    .array(
      fc.oneof(fc.constantFrom(...PEOPLE, ...SKILLS), fc.constantFrom(...JOINS, ' rn', ' atm', '?', ': ')),
      {
        maxLength: 300,
      },
    )
    .map((parts) => parts.join('').slice(0, 2000)),
);
