import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../../src/profiles/parse-profile.js';

function skillsOf(markdown: string): string[] {
  const result = parseProfile(Buffer.from(markdown), 'nadia-okafor.md');
  if (!result.ok) throw new Error('did not parse');
  return result.profile.skills.map((s) => s.name);
}

const badge = (alt: string, path: string, logo: string) =>
  `![${alt}](https://img.shields.io/badge/${path}?style=for-the-badge&logo=${logo}&logoColor=white)`;

describe('badges whose text is the short name of their logo', () => {
  it('reads "Next" over logo=next.js as Next.js, not as something planned next', () => {
    const skills = skillsOf(
      `# Nadia Okafor\n\n## Tech Stack\n\n${badge('Next JS', 'Next-black', 'next.js')}\n`,
    );
    expect(skills).toContain('Next.js');
  });

  it('reads "Node" over logo=node.js as Node.js', () => {
    const skills = skillsOf(`# Nadia Okafor\n\n## Tools\n\n${badge('Node', 'Node-339933', 'node.js')}\n`);
    expect(skills).toContain('Node.js');
  });

  it('still drops a "next" badge whose logo is another technology', () => {
    const skills = skillsOf(
      `# Nadia Okafor\n\n## Tech Stack\n\n${badge('Rust next', 'Rust-next-orange', 'rust')}\n`,
    );
    expect(skills).not.toContain('Rust');
  });
});
