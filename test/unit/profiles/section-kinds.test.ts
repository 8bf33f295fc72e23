// Heading words → section kind, in English, Spanish, French, German and Portuguese.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifySection } from '../../../src/profiles/markdown/section-kinds.js';
import { SECTION_VOCABULARY } from '../../../src/profiles/markdown/section-vocabulary.js';

describe('classifySection', () => {
  it.each([
    ['🛠 Core Technical Stack', 'skills'],
    ['📫 Let’s Connect', 'contact'],
    ['Experience Highlights', 'experience'],
    ['Engineering Values', 'values'],
    ['🧪 Engineering Principles I Default To', 'values'],
    ['Focus', 'focus'],
    ['What Sets My Work Apart', 'values'],
    ['Core Skills', 'skills'],
    ['📦 Open Source & Side Projects', 'projects'],
    ['🧠 How I Approach Software', 'about'],
    ['🚀 What I’m Building Toward', 'focus'],
    ['🤖 Machine Learning (Production-Oriented)', 'focus'],
    ['🧩 What I’m Particularly Strong At', 'skills'],
    ['Languages and Tools:', 'skills'],
    ['Certifications', 'certifications'],
    ['Education', 'education'],
    ['Hobbies & Interests', 'interests'],
    ['About Me', 'about'],
  ])('reads "%s" as %s', (title, kind) => {
    expect(classifySection(title)).toBe(kind);
  });

  it.each([
    ['🧰 What I work with', 'skills'],
    ['Things I ship with', 'skills'],
    ['My toolkit', 'skills'],
    ['My gear', 'other'],
    ['🧰 Con qué trabajo cada semana', 'skills'],
    ['O que eu uso', 'skills'],
    ["Ce que j'utilise", 'skills'],
    ['Womit ich arbeite', 'skills'],
    ['Want to work with me?', 'other'],
    ['Companies I work with', 'other'],
  ])('reads the "tools I use" heading "%s" as %s', (title, kind) => {
    expect(classifySection(title)).toBe(kind);
  });

  it.each([
    ['Habilidades', 'skills'],
    ['Experiencia laboral', 'experience'],
    ['Proyectos', 'projects'],
    ['Contacto', 'contact'],
    ['Sobre mí', 'about'],
    ['Educación', 'education'],
    ['Compétences', 'skills'],
    ['Expérience professionnelle', 'experience'],
    ['Me contacter', 'contact'],
    ['À propos', 'about'],
    ['Formation', 'education'],
    ['Centres d’intérêt', 'interests'],
    ['Berufserfahrung', 'experience'],
    ['Kenntnisse', 'skills'],
    ['Fähigkeiten', 'skills'],
    ['Kontakt', 'contact'],
    ['Über mich', 'about'],
    ['Zertifikate', 'certifications'],
    ['Contato', 'contact'],
    ['Experiência', 'experience'],
    ['Projetos', 'projects'],
    ['Interesses', 'interests'],
    ['Formação acadêmica', 'education'],
  ])('reads "%s" as %s', (title, kind) => {
    expect(classifySection(title)).toBe(kind);
  });

  it('lets the head word decide when two kinds appear', () => {
    expect(classifySection('Skills & Experience')).toBe('skills');
    expect(classifySection('Experience & Skills')).toBe('experience');
  });

  it('prefers a specific kind over a greeting or summary word', () => {
    expect(classifySection('Hi! Contact me here')).toBe('contact');
    expect(classifySection('Summary of my experience')).toBe('experience');
  });

  it('does not read a tagline with "full-stack" as a skills heading', () => {
    expect(classifySection('A full-stack developer who likes reliable systems')).toBe('other');
  });

  it('returns other for headings it does not know', () => {
    expect(classifySection('Rajdeep Sengupta')).toBe('other');
    expect(classifySection('Backend & Data')).toBe('other');
    expect(classifySection('')).toBe('other');
  });
});

describe('docs/profile-format.md', () => {
  it('documents every phrase and stem of the section vocabulary', () => {
    const docs = readFileSync(join(import.meta.dirname, '../../../docs/profile-format.md'), 'utf8');
    for (const [kind, vocab] of Object.entries(SECTION_VOCABULARY)) {
      const row = docs.split('\n').find((line) => new RegExp(`^\\| +\`${kind}\` +\\|`).test(line)) ?? '';
      for (const entry of [...vocab.phrases.split('|'), ...(vocab.stems?.split('|') ?? [])]) {
        expect(row, `${kind}: ${entry}`).toContain(`\`${entry}\``);
      }
    }
  });
});
