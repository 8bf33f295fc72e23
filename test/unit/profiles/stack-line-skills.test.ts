// A project's or job's own stack line ("Stack: …", "Tech: …", "Built with …", "기술 스택: …", "Tecnologias: …")
// lists the author's skills under that project; the same line in a starred, contributed-to or learning
// list claims nothing. A bare "# 기술" heading is a skills heading.
import { describe, expect, it } from 'vitest';
import { classifySection } from '../../../src/profiles/markdown/section-kinds.js';
import { parsed } from './extract-helpers.js';

const skillsOf = (path: string) => new Map(parsed(path).skills.map((s) => [s.name, s]));

describe('stack lines of the author’s own projects', () => {
  const skills = skillsOf('test/fixtures/stack-lines/dario-mancuso.md');

  it.each([
    'Linkerd',
    'Vault',
    'etcd',
    'containerd',
    'Helm',
    'ClickHouse',
    'NATS.io',
    'Grafana',
    'Elixir',
    'Phoenix Framework',
  ])('lists %s from a "Stack:", "Tech:" or "Built with" line under a project heading', (name) => {
    expect(skills.get(name)?.source).toBe('text');
  });

  it('files the technologies of a stack line under the project it belongs to', () => {
    expect(skills.get('Linkerd')?.category).toBe('Zero-Trust Service Mesh Lab');
    expect(skills.get('ClickHouse')?.category).toBe('Metrics Pipeline');
  });

  it.each(['Nomad', 'Consul', 'Zig', 'Istio', 'Quarkus', 'Flyway'])(
    'does not list %s from a stack line under starred repos, contributions or learning',
    (name) => {
      expect(skills.has(name)).toBe(false);
    },
  );
});

describe('stack lines in other languages, and a Korean "기술" heading', () => {
  const skills = skillsOf('test/fixtures/stack-lines/park-jiwoo.md');

  it.each(['Ktor', 'PostgreSQL', 'Redis', 'MariaDB'])(
    'lists %s from a "기술 스택:" or "Tecnologias:" line of a project',
    (name) => {
      expect(skills.get(name)?.source).toBe('text');
    },
  );

  it('reads "Spring Batch" as itself, never as a batch file', () => {
    expect(skills.get('Spring Batch')?.source).toBe('text');
    expect(skills.get('Batchfile')?.source).not.toBe('text');
  });

  it('reads a heading that is only "기술", "技術" or "技术" as skills, but not "기술 아티클"', () => {
    expect(classifySection('기술')).toBe('skills');
    expect(classifySection('技術')).toBe('skills');
    expect(classifySection('技术')).toBe('skills');
    expect(classifySection('기술 아티클')).not.toBe('skills');
  });

  it.each(['Kotlin', 'RabbitMQ', 'Svelte'])('lists %s from the bullets under "# 기술"', (name) => {
    expect(skills.get(name)?.source).toBe('text');
  });

  it('keeps a Korean sentence in a list line out of the skills', () => {
    expect([...skills.keys()].some((name) => name.includes('사용하였습니다'))).toBe(false);
  });
});
