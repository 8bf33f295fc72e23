// A seeded synthetic corpus of realistic Profile objects (languages, cloud, databases, values, contacts,
// experience), plus a labelled set of typo queries for ranking quality. Same seed → same corpus.
import type { Profile, Section } from '../../src/profiles/model/profile.js';

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST =
  'Ana Bo Chidi Dana Eli Fatima Goran Hana Ivo Jun Kofi Lena Mateo Nadia Omar Priya Quinn Rosa Sami Tomas Uma Vera Wen Xavi Yara Zoltan Aiko Bruno Carmen Dmitri Elif Felix Greta Hugo Ines Jonas Kira Luca Mira Nico'.split(
    ' ',
  );
const LAST =
  'Silva Okafor Nakamura Müller Fernández Novak Haddad Larsen Dubois Kim Rossi Schmidt Kowalski Andersson Yilmaz Petrov Costa Oliveira Tanaka Nguyen Brennan Lindqvist Horvath Jansen Moreau Ortega Sato Weber Zhang Bauer'.split(
    ' ',
  );
export const SKILL_POOL = {
  Languages: [
    'Rust',
    'Go',
    'TypeScript',
    'JavaScript',
    'Python',
    'Java',
    'Kotlin',
    'Elixir',
    'Ruby',
    'Scala',
    'Haskell',
    'C++',
  ],
  Cloud: [
    'AWS',
    'Google Cloud',
    'Azure',
    'Kubernetes',
    'Terraform',
    'Docker',
    'Helm',
    'Ansible',
    'Lambda',
    'CloudFront',
  ],
  Data: [
    'PostgreSQL',
    'MySQL',
    'Redis',
    'ClickHouse',
    'Kafka',
    'MongoDB',
    'Elasticsearch',
    'Cassandra',
    'DynamoDB',
    'RabbitMQ',
  ],
  Frameworks: [
    'React',
    'Next.js',
    'Django',
    'FastAPI',
    'Spring',
    'Rails',
    'Vue.js',
    'Svelte',
    'Flask',
    'NestJS',
  ],
};
const VALUES = [
  'Clarity over cleverness',
  'Observability before optimization',
  'Defaults should be safe',
  'Idempotency everywhere it matters',
  'Fail loudly, log clearly',
  'Boring technology wins',
  'Write it down',
  'Small reversible changes',
];
export const TOPICS = [
  'event driven architectures',
  'timezone aware scheduling',
  'payment reconciliation',
  'stream processing',
  'cache invalidation',
  'zero downtime migrations',
  'capacity planning',
  'incident response',
  'feature flags',
  'search relevance',
];
const ORGS = [
  'Acme',
  'Globex',
  'Initech',
  'Umbrella',
  'Stark Industries',
  'Wayne Enterprises',
  'Hooli',
  'Pied Piper',
];

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const picks = <T>(r: () => number, list: readonly T[], n: number): T[] => [
  ...new Set(Array.from({ length: n }, () => pick(r, list))),
];
const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function section(
  id: string,
  title: string,
  kind: Section['kind'],
  text: string,
  items: string[],
  line: number,
): Section {
  return { id, title, rawTitle: title, kind, level: 2, parentId: null, text, items, links: [], line };
}

const INITIALS = 'ABCDEFGHJKLMNPRSTVW';

/**
 * Person n's name, unique for every n (so a labelled name typo has one right answer): first + last,
 * then double-barrelled last names ("Ana Silva-Okafor"), then middle initials ("Ana K. Silva-Okafor").
 */
export function personName(n: number): string {
  const first = FIRST[n % FIRST.length]!;
  const row = Math.floor(n / FIRST.length);
  if (row < LAST.length) return `${first} ${LAST[row]}`;
  const pairs = LAST.length * (LAST.length - 1);
  const pair = (row - LAST.length) % pairs;
  const a = Math.floor(pair / (LAST.length - 1));
  const b = pair % (LAST.length - 1);
  const last = `${LAST[a]}-${LAST[b >= a ? b + 1 : b]}`;
  const round = Math.floor((row - LAST.length) / pairs);
  return round === 0 ? `${first} ${last}` : `${first} ${INITIALS[(round - 1) % INITIALS.length]}. ${last}`;
}

export function generateProfile(n: number, seed = 1): Profile {
  const r = rng(seed * 1_000_003 + n);
  const name = personName(n);
  const id = slug(name);
  const skills = Object.entries(SKILL_POOL).flatMap(([category, pool]) => {
    const chosen = picks(r, pool, 3);
    return chosen.map((skill) => ({
      name: skill,
      category,
      evidence: `${category}: ${chosen.join(', ')}`,
      source: 'text' as const,
      line: 10,
    }));
  });
  const topics = picks(r, TOPICS, 2);
  const values = picks(r, VALUES, 3);
  const org = pick(r, ORGS);
  const headline = `Senior ${pick(r, ['Platform', 'Backend', 'Data', 'Infrastructure', 'Frontend'])} Engineer`;
  return {
    id,
    file: `${id}.md`,
    format: 'markdown',
    name,
    handle: r() < 0.3 ? `${id.split('-')[0]}${n}` : null,
    aliases: [],
    pronouns: null,
    headline,
    listed: true,
    skills,
    contacts: [
      { kind: 'github', value: `https://github.com/${id}`, label: 'GitHub', visibility: 'public', line: 40 },
      { kind: 'email', value: `${id}@example.com`, label: 'Email', visibility: 'public', line: 41 },
    ],
    experience: [
      {
        text: `${org} — Staff Engineer (2019–2023)`,
        title: 'Staff Engineer',
        organization: org,
        period: '2019 – 2023',
        highlights: [],
        line: 30,
      },
    ],
    certifications: [],
    sections: [
      section(
        'about',
        'About',
        'about',
        `I work on ${topics.join(' and ')} with a focus on reliability.`,
        [],
        3,
      ),
      section(
        'skills',
        'Core Skills',
        'skills',
        '',
        skills.map((s) => s.evidence).filter((e, i, a) => a.indexOf(e) === i),
        8,
      ),
      section(
        'experience',
        'Experience',
        'experience',
        '',
        [`${org} — Staff Engineer (2019–2023)`, `Led ${topics[0]} at ${org}`],
        30,
      ),
      section('values', 'Engineering Values', 'values', '', values, 35),
      section(
        'contact',
        'Contact',
        'contact',
        '',
        [`GitHub: https://github.com/${id}`, `Email: ${id}@example.com`],
        40,
      ),
    ],
    warnings: [],
  };
}

export const generateProfiles = (count: number, seed = 1): Profile[] =>
  Array.from({ length: count }, (_, n) => generateProfile(n, seed));

/** One typo (deletion, swap or substitution) inside a word, away from its first letter. */
export function typo(word: string, r: () => number): string {
  if (word.length < 4) return word;
  const i = 1 + Math.floor(r() * (word.length - 2));
  const kind = Math.floor(r() * 3);
  if (kind === 0) return word.slice(0, i) + word.slice(i + 1);
  if (kind === 1) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  return word.slice(0, i) + 'x' + word.slice(i + 1);
}

export interface LabelledQuery {
  kind: 'name' | 'skill';
  query: string;
  /** For names, the id to find; for skills, the canonical skill a top-5 person must hold. */
  expected: string;
}

/** Name typos (in the last name) and skill typos, labelled with what a top-5 list must contain. */
export function labelledTypos(profiles: readonly Profile[], count: number, seed = 7): LabelledQuery[] {
  const r = rng(seed);
  const skills = [...new Set(Object.values(SKILL_POOL).flat())].filter((s) => s.length >= 5);
  return Array.from({ length: count }, (_, i) => {
    if (i % 2 === 0) {
      const p = pick(r, profiles);
      const words = p.name.split(' ');
      const last = words.pop() ?? '';
      return { kind: 'name' as const, query: `${words.join(' ')} ${typo(last, r)}`, expected: p.id };
    }
    const skill = pick(r, skills);
    return { kind: 'skill' as const, query: typo(skill, r), expected: skill };
  });
}
