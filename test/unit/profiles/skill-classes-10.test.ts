// Skills as fresh READMEs state them: a badge row written right above `---`, group labels over badge rows,
// levels and learning words that name nothing, figures of results, project file names, certificate issuers
// and course titles, and badges that link to a package the author published.

import { describe, expect, it } from 'vitest';
import { parsed } from './extract-helpers.js';

const dir = 'test/fixtures/skill-classes-10';
const names = (file: string): string[] => parsed(`${dir}/${file}`).skills.map((s) => s.name);

describe('a badge row right above "---" is a row and a rule, not a setext heading', () => {
  it('reads every badge of the Tech Stack written with no blank line before the rule', () => {
    expect(names('badge-row-over-rule.md')).toEqual(
      expect.arrayContaining(['Jenkins', 'Docker', 'Ansible', 'Terraform', 'Helm']),
    );
  });

  it('keeps the rule: the heading after it still starts its own section', () => {
    const sections = parsed(`${dir}/badge-row-over-rule.md`).sections.map((s) => s.title);
    expect(sections).toEqual(expect.arrayContaining(['Tech Stack', 'Featured Projects']));
  });
});

describe("a line of words right above a badge row is the row's group label", () => {
  it('claims no group word ("Data · APIs · Cloud · Tools", "ML / AI & Data")', () => {
    const got = names('group-labels-over-badges.md');
    for (const name of ['Data', 'APIs', 'Cloud', 'Tools', 'AI & Data']) expect(got).not.toContain(name);
  });

  it('keeps the badges, a label that names a technology ("**Python**") and a "Frameworks:" list', () => {
    expect(names('group-labels-over-badges.md')).toEqual(
      expect.arrayContaining(['FastAPI', 'Pandas', 'AWS', 'PyTorch', 'NumPy', 'Python', 'Django', 'Quarkus']),
    );
  });
});

describe('levels, learning words and figures name no technology', () => {
  it('leaves out what a "Leveling up:" line lists, keeping the labelled lists beside it', () => {
    const got = names('levels-and-learning.md');
    for (const name of ['Ruby', 'Elixir', 'RSpec']) expect(got).not.toContain(name);
    expect(got).toEqual(expect.arrayContaining(['Ghidra', 'GDB', 'Wireshark', 'Burp Suite']));
  });

  it('reads an "Improving" badge label as not yet, and levels in a category table as no skill', () => {
    const got = names('levels-and-learning.md');
    for (const name of ['Improving', 'Advanced', 'Intermediate', 'Avanzado']) expect(got).not.toContain(name);
    expect(got).toContain('Spring Boot');
  });

  it('leaves out a speed-up or a score ("245× speedup", "PSNR 66dB+") and project files ("AGENTS.md")', () => {
    const got = names('levels-and-learning.md');
    for (const name of ['245× speedup', 'PSNR 66dB+', 'AGENTS.md', 'CHANGELOG.md'])
      expect(got).not.toContain(name);
    expect(got).toEqual(expect.arrayContaining(['STFT', 'Air']));
  });
});

describe('certificates and published packages are not skills', () => {
  it('reads no issuer and no course title under "Certifications", only the technologies they name', () => {
    const got = names('certificates-and-packages.md');
    for (const name of ['Meta', 'IBM', 'Fortinet', 'Backend Developer Professional Certificate'])
      expect(got).not.toContain(name);
    expect(got).toEqual(expect.arrayContaining(['Python', 'Django']));
  });

  it('keeps an issuer that is itself a technology ("**AWS** — Solutions Architect Associate")', () => {
    expect(names('certificates-and-packages.md')).toContain('AWS');
  });

  it('reads a badge linking to a package page on PyPI or npm as a publication, not PyPI or npm', () => {
    const got = names('certificates-and-packages.md');
    expect(got).not.toContain('PyPI');
    expect(got).not.toContain('npm');
    expect(got).toEqual(expect.arrayContaining(['PyTorch', 'XGBoost', 'Docker']));
  });
});

describe('names a careful reader sees in code bios and lists of use', () => {
  it('reads a capitalised framework the vocabulary lacks in a mostly known code-bio list ("Alamofire")', () => {
    const got = names('code-bio-and-lowercase-names.md');
    expect(got).toEqual(expect.arrayContaining(['Xcode', 'Alamofire', 'SwiftUI', 'Firebase']));
    for (const name of ['Swift Community', 'Mobile Talks']) expect(got).not.toContain(name);
  });

  it('reads "scikit-learn" written in its own lowercase after "using"', () => {
    expect(names('code-bio-and-lowercase-names.md')).toEqual(
      expect.arrayContaining(['scikit-learn', 'PyTorch', 'Streamlit']),
    );
  });
});
