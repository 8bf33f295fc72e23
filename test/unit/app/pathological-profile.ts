// A made-up profile that parses correctly but slowly: a hostile or runaway file. Since the markdown token
// cap, sections and quotes cost under a second at any size; one HTML block of inline tags still takes
// seconds per megabyte and grows faster than its size, so the time-limit tests use it.
const UNITS = {
  sections: '## Section word\n\ntext\n\n',
  quotes: '> - > - x\n',
  // One HTML block of inline tags: the markdown token cap does not bound it (seconds for 1-2 MB).
  html: '<span>a</span> ',
} as const;

export function pathologicalProfile(name: string, kind: keyof typeof UNITS, bytes: number): string {
  const head = `# ${name}\n\nPathological.\n\n${kind === 'html' ? '<p>' : ''}`;
  const unit = UNITS[kind];
  return head + unit.repeat(Math.max(1, Math.floor((bytes - head.length) / unit.length)));
}
