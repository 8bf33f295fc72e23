// A seeded generator of realistic profile READMEs (headings, emoji, HTML badges, lists, tables, front matter).
const FIRST = [
  'Ana',
  'Bo',
  'Chidi',
  'Dana',
  'Eli',
  'Fatima',
  'Goran',
  'Hana',
  'Ivo',
  'Jun',
  'Kofi',
  'Lena',
  'Mateo',
];
const LAST = [
  'Silva',
  'Okafor',
  'Nakamura',
  'Müller',
  'Fernández',
  'Novak',
  'Haddad',
  'Larsen',
  'Dubois',
  'Kim',
];
const SKILLS = [
  'Rust',
  'Go',
  'TypeScript',
  'Python',
  'Django',
  'PostgreSQL',
  'Kubernetes',
  'Terraform',
  'React',
  'AWS',
];
const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark Industries', 'Wayne Enterprises'];

function prng(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

/** Profile number `n` (deterministic): about 3–5 KB of markdown, like the seeds. */
export function generateProfile(n: number): { file: string; text: string } {
  const r = prng(n + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const some = <T>(list: readonly T[], count: number): T[] => Array.from({ length: count }, () => pick(list));
  const name = `${pick(FIRST)} ${pick(LAST)}`;
  const lines: string[] = [];
  if (r() < 0.3) lines.push('---', `name: ${name}`, `handle: user${n}`, 'aliases: [Nick]', '---', '');
  lines.push(r() < 0.5 ? `# 👋 Hi, I’m ${name}` : `<h1 align="center">${name}</h1>`, '');
  lines.push(
    `Senior ${pick(SKILLS)} Engineer • Platform Builder  `,
    'I build **boring, reliable** systems.',
    '',
  );
  lines.push(
    '<p align="center">',
    `  <a href="https://example.com/${n}"><img src="https://img.shields.io/badge/${pick(SKILLS)}-blue" alt="${pick(SKILLS)}"/></a>`,
    '  <br/>',
    '  <sub>Certified — Cloud</sub>',
    '</p>',
    '',
  );
  lines.push('<!-- old: Intern at Nowhere -->', '', '## 🧠 About Me', '');
  for (let i = 0; i < 3; i++)
    lines.push(`I care about ${some(SKILLS, 2).join(' and ')} done right, with tests and observability.`, '');
  lines.push('## 🛠 Core Technical Stack', '');
  for (const category of ['Languages', 'Cloud & Infrastructure', 'Data']) {
    lines.push(`### ${category}`, '');
    for (let i = 0; i < 4; i++) lines.push(`- **${pick(SKILLS)}**: ${some(SKILLS, 4).join(', ')}, and more…`);
    lines.push('');
  }
  lines.push('| Tool | Level |', '|---|---|', ...some(SKILLS, 4).map((s) => `| ${s} | expert |`), '');
  lines.push('## Experience', '');
  for (let i = 0; i < 3; i++) {
    lines.push(`### ${pick(COMPANIES)} — Staff Engineer (${2010 + i * 4}–${2014 + i * 4})`, '');
    for (let j = 0; j < 4; j++)
      lines.push(`- Led the migration of ${pick(SKILLS)} services, cutting cost by ${10 + j * 7}%`);
    lines.push('');
  }
  lines.push('## Engineering Values', '', '- Clarity over cleverness', '- Defaults should be safe', '');
  lines.push(
    '## 📫 Let’s Connect',
    '',
    `- Email: person${n}@example.com`,
    `- GitHub: https://github.com/user${n}`,
    `- LinkedIn: https://www.linkedin.com/in/user${n}/`,
    '',
  );
  return { file: `person-${n}.md`, text: `${lines.join('\n')}\n` };
}
