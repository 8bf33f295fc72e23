// Skill, name and employer classes seen in real READMEs (made-up people): facts in text code blocks, things
// that look like skills without being claimed, icon file names, banner names, and employer lists.
import { describe, expect, it } from 'vitest';
import { parsed } from './extract-helpers.js';

const dir = 'test/fixtures/profile-classes';
const profile = (file: string) => parsed(`${dir}/${file}`);
const skills = (file: string) => profile(file).skills.map((s) => s.name);
const employers = (file: string) => profile(file).experience.map((e) => e.organization);

describe('facts inside text code blocks', () => {
  it('reads the output of `$ echo $STACK` as a skill list and an e-mail it prints; never a stats block or a script', () => {
    expect(skills('shell-prompt-bio.md')).toEqual(['Go', 'Rust', 'Kubernetes', 'PostgreSQL']);
    expect(profile('shell-prompt-bio.md').contacts.map((c) => c.value)).toEqual([
      'nadia.volkova@quietmail.example',
    ]);
  });

  it('reads a prose bio in a plain ``` block: its greeting name, stack line and Discord/Email lines', () => {
    const p = profile('plain-code-bio.md');
    expect(p.name).toBe('Tomasz Lind');
    expect(p.skills.map((s) => s.name).slice(0, 4)).toEqual([
      'Elixir',
      'Phoenix Framework',
      'Redis',
      'Terraform',
    ]);
    expect(p.contacts.map(({ kind, value }) => ({ kind, value }))).toEqual([
      { kind: 'discord', value: 'tlind#4821' },
      { kind: 'email', value: 'tomasz@lind.example' },
    ]);
  });

  it('reads a zsh prompt that shows the working directory before `cat stack.txt`', () => {
    expect(skills('plain-code-bio.md')).toEqual(expect.arrayContaining(['Go', 'Kubernetes']));
  });
});

describe('what looks like a skill without being claimed', () => {
  const found = skills('own-repos-not-skills.md');

  it('keeps the stated technologies', () => {
    for (const yes of ['Kotlin', 'Docker', 'PostgreSQL', 'Go']) expect(found).toContain(yes);
  });

  it('takes no language-percentage stats badge, repository name, profile-link site or footer', () => {
    for (const no of [
      'TypeScript',
      'Python',
      'Shell',
      'tidewatch',
      'fernwood',
      'Fernwood',
      'Unsplash',
      '2024',
    ])
      expect(found).not.toContain(no);
    expect(found.join(' ')).not.toMatch(/generated/i);
  });
});

describe('icon file names', () => {
  it('prefers the alt over an unknown vectorlogo slug and cleans vendor and decoration words', () => {
    expect(skills('icon-file-names.md')).toEqual(['Flask', 'Git', 'Airflow', 'scikit-learn', 'Grafana']);
  });
});

describe('names on banners and in greetings', () => {
  it('reads the name from a capsule-render banner text, never a stats heading', () => {
    expect(profile('banner-names.md').name).toBe('Lucas Ferreira');
  });

  it('reads the name from the alt of the image that opens the page', () => {
    expect(profile('banner-alt-name.md').name).toBe('Anaïs Girard');
  });

  it('reads a greeting written in any image alt', () => {
    expect(profile('greeting-alt.md').name).toBe('Bruna Costa');
  });

  it('reads typing-banner lines, URL-encoded and in any script', () => {
    expect(profile('typing-name.md').name).toBe('Ji-woo Han');
    expect(profile('typing-name-cjk.md').name).toBe('林晓');
  });

  it('reads an all-caps greeting with "IAM" run together', () => {
    expect(profile('allcaps-greeting.md').name.toLowerCase()).toBe('dario mendes');
  });

  it('does not take "我是 X 发起者" (founder of X) or a bare "你好" heading as a name', () => {
    const p = profile('founder-greeting.md');
    expect(p.name).toBe('founder-greeting');
    expect(p.nameSource).toBe('handle');
  });
});

describe('employers listed without "at"', () => {
  it('reads "He trabajado para empresas como A, B y C" and a pipe bio line with a bold company', () => {
    expect(employers('employers-lists.md')).toEqual(['Telefónica', 'BBVA', 'Glovo', 'Hormiga Labs']);
    expect(profile('employers-lists.md').experience.at(-1)?.title).toBe('Staff engineer');
  });

  it('reads a middle-dot bio line with a linked company, and no hobby on a line without one', () => {
    expect(employers('employers-dot-bio.md')).toEqual(['Kranich Logistics']);
    expect(skills('employers-dot-bio.md')).not.toContain('CoffeeScript');
  });

  it('reads "Já trabalhei em empresas como A, B e C", stopping at the rest of the sentence', () => {
    expect(employers('employers-lists-pt.md')).toEqual(['Nubank', 'iFood', 'Stone']);
  });
});
