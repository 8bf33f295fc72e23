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
    n: 500,
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
    n: 8000,
    make: (n) => `# Ada Lovelace\n\n## Links\nhttp://${'a.'.repeat(n)}\n`,
  },
];
