// A made-up profile that parses correctly but slowly: a hostile or runaway file. Since the markdown token
// cap and the HTML tag cap, every shape costs well under a second at any size (1 MB, CPU time on a 2-core
// machine: sections ~0.6 s, quotes ~0.3 s, html ~0.1 s), so tests that need a parse to outlive a time
// limit on any machine use the parse worker that hangs on a marked file (build-parse-worker.ts), or a
// limit far under these (tens of milliseconds).
const UNITS = {
  sections: '## Section word\n\ntext\n\n',
  quotes: '> - > - x\n',
  // One HTML block of inline tags (quadratic until the twelfth red team; read up to the HTML tag cap now).
  html: '<span>a</span> ',
} as const;

export function pathologicalProfile(name: string, kind: keyof typeof UNITS, bytes: number): string {
  const head = `# ${name}\n\nPathological.\n\n${kind === 'html' ? '<p>' : ''}`;
  const unit = UNITS[kind];
  return head + unit.repeat(Math.max(1, Math.floor((bytes - head.length) / unit.length)));
}
