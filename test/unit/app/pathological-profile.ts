// A made-up profile that parses correctly but slowly: linear in its size, yet seconds per megabyte
// (thousands of short sections, or deeply alternating quotes and lists): a hostile or runaway file.
const UNITS = {
  sections: '## Section word\n\ntext\n\n',
  quotes: '> - > - x\n',
} as const;

export function pathologicalProfile(name: string, kind: keyof typeof UNITS, bytes: number): string {
  const head = `# ${name}\n\nPathological.\n\n`;
  const unit = UNITS[kind];
  return head + unit.repeat(Math.max(1, Math.floor((bytes - head.length) / unit.length)));
}
