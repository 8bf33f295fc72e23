// Families of hostile profiles that repeat one unit n times: the shapes that once cost more than linear
// time (a fact per item copied with a shared line, a scan of earlier items per item, a rescan per level).
// `linear-growth.test.ts` parses each at n and 4n; a quadratic cost shows as 16× the time.

const names = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => `${prefix}${i}`);

export interface GrowthFamily {
  name: string;
  file: string;
  /** The profile with its unit repeated `n` times. */
  make(n: number): string;
  /** An n whose profile parses in a few tens of milliseconds. */
  n: number;
}

export const GROWTH_FAMILIES: GrowthFamily[] = [
  {
    name: 'names on one skills line',
    file: 'ada.md',
    n: 800,
    make: (n) => `# Ada Lovelace\n\n## Skills\n- ${names(n, 'Tech').join(', ')}\n`,
  },
  {
    name: 'keywords of one JSON Resume skill group',
    file: 'ada.json',
    n: 1000,
    make: (n) =>
      JSON.stringify({
        basics: { name: 'Ada Lovelace' },
        skills: [{ name: 'All', keywords: names(n, 'K') }],
      }),
  },
  {
    name: 'JSON Resume profiles',
    file: 'ada.json',
    n: 1500,
    make: (n) =>
      JSON.stringify({
        basics: {
          name: 'Ada Lovelace',
          profiles: names(n, 'u').map((u) => ({ network: 'GitHub', url: `https://github.com/${u}` })),
        },
      }),
  },
  {
    // Every suffix of a bare URL's host was built to look it up (a 64 KB 'a.a.a…' took 10 s).
    name: 'labels of one bare URL host',
    file: 'ada.md',
    n: 24000,
    make: (n) => `# Ada Lovelace\n\n## Links\nhttp://${'a.'.repeat(n)}\n`,
  },
  // Markdown and HTML shapes tried at scale by the sixth red team (none grew faster than linear).
  {
    name: 'runs of emphasis marks (*a**a***a…)',
    file: 'ada.md',
    n: 15000,
    make: (n) =>
      `# Ada Lovelace\n\n## Skills\n${Array.from({ length: n }, (_, i) => `*a${'*'.repeat(1 + (i % 3))}`).join('')}\n`,
  },
  {
    name: 'nested link brackets',
    file: 'ada.md',
    n: 1000,
    make: (n) => `# Ada Lovelace\n\n${'['.repeat(n)}Go${'](https://e.com)'.repeat(n)}\n`,
  },
  {
    name: 'uses of one link reference definition',
    file: 'ada.md',
    n: 1500,
    make: (n) => `# Ada Lovelace\n\n[r]: https://e.com\n\n${'[r] '.repeat(n)}\n`,
  },
  {
    name: 'columns of one table',
    file: 'ada.md',
    // 1,500 columns parse in ~10 ms, where one GC pause reads as growth (a clean clone saw 8.6×): measure larger.
    n: 4000,
    make: (n) =>
      `# Ada Lovelace\n\n## Skills\n|${'c|'.repeat(n)}\n|${'-|'.repeat(n)}\n|${names(n, 'Go').join('|')}|\n`,
  },
  {
    name: 'unclosed HTML tags',
    file: 'ada.md',
    n: 2000,
    make: (n) => `# Ada Lovelace\n\n<p>${'<span><a href="x">'.repeat(n)}Go</p>\n`,
  },
  {
    name: 'zero-width and bidi controls between words',
    file: 'ada.md',
    n: 20000,
    make: (n) => `# Ada Lovelace\n\n## Skills\n${'Go\u200b\u202e\u2066'.repeat(n)}\n`,
  },
  {
    name: 'characters of every JSON Resume string',
    file: 'ada.json',
    n: 20000,
    make: (n) => {
      const s = 'Go, Rust, '.repeat(n / 10);
      return JSON.stringify({
        basics: { name: 'Ada Lovelace', label: s, summary: s },
        skills: [{ name: s, keywords: [s] }],
        work: [{ name: s, position: s, summary: s, highlights: [s] }],
      });
    },
  },
  // The seventh session's readers, tried at scale by the eighth red team (none grew faster than linear).
  {
    name: 'cells of a layout table (each holding a heading)',
    file: 'ada.md',
    n: 400,
    make: (n) =>
      `# Ada Lovelace\n\n<table><tr>${names(n, 'Area')
        .map((a) => `<td><h3>${a}</h3><ul><li>Go</li></ul></td>`)
        .join('')}</tr></table>\n`,
  },
  {
    name: 'levels of nested layout tables',
    file: 'ada.md',
    n: 200,
    make: (n) =>
      `# Ada Lovelace\n\n${'<table><tr><td><h3>About</h3>'.repeat(n)}Go${'</td></tr></table>'.repeat(n)}\n`,
  },
  {
    name: 'events of a mermaid timeline',
    file: 'ada.md',
    n: 3000,
    make: (n) =>
      `# Ada Lovelace\n\n\`\`\`mermaid\ntimeline\n${names(n, 'Acme')
        .map((c, i) => `    ${2000 + (i % 25)} - 2025 : Engineer · ${c}`)
        .join('\n')}\n\`\`\`\n`,
  },
  {
    name: 'lines of a plain timeline',
    file: 'ada.md',
    n: 600,
    make: (n) =>
      `# Ada Lovelace\n\n## Experience\n${names(n, 'Acme')
        .map((c, i) => `${2000 + (i % 25)} - ${2001 + (i % 25)}: Engineer at ${c}`)
        .join('\n')}\n`,
  },
  {
    name: 'CJK list separators on a skills line',
    file: 'wang.md',
    n: 2000,
    make: (n) => `# 王小明\n\n## 技能\n${names(n, 'Go').join('、')}\n`,
  },
  {
    name: 'obfuscated addresses in a profile whose contacts are private',
    file: 'ada.md',
    n: 300,
    make: (n) =>
      `---\nvisibility:\n  contacts: private\n---\n# Ada Lovelace\n\nEmail: ada [at] lovelace [dot] example\n\n${names(
        n,
        'a',
      )
        .map((u) => `${u} [at] b [dot] c https://twitter.com/https://twitter.com/${u}`)
        .join('\n')}\n`,
  },
  {
    // The spelled-out address walk (spaced-address.ts) tries every "@" and "at" once, with a bounded look.
    name: 'spelled-out address signs in a profile whose e-mail is private',
    file: 'ada.md',
    n: 400,
    make: (n) =>
      `---\nvisibility:\n  email: private\n---\n# Ada Lovelace\n\nEmail: ada@lovelace.example\n\n${names(
        n,
        'a',
      )
        .map((u) => `${u} [@] b [.] c ${u} @ d . e . f -at- g (AT) h (DOT)`)
        .join(' ')}\n`,
  },
  // Tried at scale by the ninth red team (none grew faster than linear): the code-mode bio and dense-listing
  // readers, labelled private values and the JSON Resume depth and trailing-text checks.
  {
    name: 'addLanguage calls in one code-mode bio',
    file: 'ada.md',
    n: 800,
    make: (n) =>
      `# Ada Lovelace\n\n\`\`\`java\nclass Developer {\n${names(n, 'Go')
        .map((l) => `  me.addLanguage("${l}");`)
        .join('\n')}\n}\n\`\`\`\n`,
  },
  {
    name: 'fenced code-mode bio blocks',
    file: 'ada.md',
    n: 80,
    make: (n) =>
      `# Ada Lovelace\n\n${names(n, 'Acme')
        .map(
          (c) =>
            `\`\`\`js\nconst me = {\n  name: "Ada",\n  company: "${c}",\n  skills: ["Go", "Rust"]\n}\n\`\`\``,
        )
        .join('\n\n')}\n`,
  },
  {
    name: 'items of one dense listing',
    file: 'ada.md',
    n: 400,
    make: (n) =>
      `# Ada Lovelace\n\n## Stuff\n${names(n, 'x')
        .map((x, i) => `- ${['Go', 'Rust', 'Python', x][i % 4]}`)
        .join('\n')}\n`,
  },
  {
    name: 'labelled lines in a profile whose e-mail is private',
    file: 'ada.md',
    n: 600,
    make: (n) =>
      `---\nvisibility:\n  email: private\n---\n# Ada Lovelace\n\n\`\`\`py\n${names(n, 'a')
        .map((u) => `self.mail = "${u}" + "@" + "b.example"`)
        .join('\n')}\n\`\`\`\n`,
  },
  {
    name: 'brackets after a JSON Resume object',
    file: 'ada.json',
    n: 20_000,
    make: (n) => `{"basics": {"name": "Ada Lovelace"}}\n${'{['.repeat(n)}`,
  },
  // Tried at scale by the twelfth red team: each tag's place rescanned the rest of a line with no newline.
  {
    name: 'closed inline tags on one line of an HTML block',
    file: 'ada.md',
    n: 12000,
    make: (n) => `# Ada Lovelace\n\n<p>${'<span>Go</span> '.repeat(n)}\n`,
  },
];
