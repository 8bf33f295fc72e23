// Skills written as a form, a CJK category table, a row of badges or a banner's role line, and the marks of
// what is not yet the author's: a "learning" badge, an "Exploring" label over icons, a wish, a request
// for help, an unchecked task.
import { describe, expect, it } from 'vitest';
import { isLearning } from '../../../src/profiles/extract/skill-learning.js';
import { splitSkillLine } from '../../../src/profiles/extract/split-skill-list.js';
import { classifySection } from '../../../src/profiles/markdown/section-kinds.js';
import { parsed } from './extract-helpers.js';

const skills = new Map(
  parsed('test/fixtures/extract/skill-forms-and-rows.md').skills.map((s) => [s.name, s.source]),
);

describe('a table of key and value', () => {
  it.each(['Crystal', 'Nim', 'Zig', 'Pulumi', 'Terraform'])(
    'lists %s from a row keyed "Skill (…)"',
    (name) => {
      expect(skills.get(name)).toBe('table');
    },
  );

  it('lists nothing from the other rows', () => {
    expect(skills.has('Yura (ユラ)')).toBe(false);
    expect(skills.has('1996')).toBe(false);
  });
});

describe('a Chinese category table and lists', () => {
  it.each(['Go', 'Lua', 'Shell', 'MySQL', 'Redis', 'TiDB', 'Air', 'Lazygit'])(
    'lists %s from a "领域 | 技术栈" row',
    (name) => {
      expect(skills.get(name)).toBe('table');
    },
  );

  it('leaves an unknown repository slug of a category row out, a known one in', () => {
    expect(skills.has('relay-swarm')).toBe(false);
    expect(skills.get('styled-components')).toBe('table');
  });

  it.each(['Kubernetes', 'Istio', 'Envoy Proxy', 'Consul'])('lists %s from "常用：A、B、C"', (name) => {
    expect(skills.get(name)).toBe('text');
  });

  it('keeps a Japanese sentence whole ("、" joins its clauses) and drops a short CJK note after a name', () => {
    expect(skills.get('Docker')).toBe('text');
    expect(splitSkillLine('Docker を用いたコンテナ操作、ビルド').names).toEqual([
      'Docker を用いたコンテナ操作、ビルド',
    ]);
    expect(splitSkillLine('Air 热编译 · Lazygit').names).toEqual(['Air', 'Lazygit']);
    expect(splitSkillLine('Go、Python、TypeScript').names).toEqual(['Go', 'Python', 'TypeScript']);
  });

  it('reads headings in other scripts as skills headings', () => {
    for (const title of [
      '🧰 技术栈',
      'Технологический стек',
      'Навыки',
      'Umiejętności',
      'スキル',
      '기술 스택',
    ])
      expect(classifySection(title)).toBe('skills');
  });
});

describe('badges and banners', () => {
  it('lists a badge whose message is a version under a stack heading', () => {
    expect(skills.get('Quart')).toBe('badge');
  });

  it('lists an unknown badge in a row of technology badges, not one standing alone', () => {
    expect(skills.get('Hono RPC')).toBe('badge');
    expect(skills.has('Lonely Tool')).toBe(false);
  });

  it('reads badgen\'s "icon" subject as no skill and its name as one', () => {
    expect(skills.get('npm')).toBe('badge');
    expect(skills.has('ICON')).toBe(false);
  });

  it('reads an icon row from a skillicons clone ("…/api/icons?i=bigquery,githubactions")', () => {
    expect(skills.get('BigQuery')).toBe('icon');
    expect(skills.get('GitHub Actions')).toBe('icon');
  });

  it('lists the technologies of a capsule-render role line', () => {
    expect(skills.get('Godot')).toBe('text');
    expect(skills.get('C#')).toBe('text');
  });
});

describe("what is not yet the author's", () => {
  it.each(['Elixir', 'Scala'])('does not list %s from a "learning" or "planned" badge', (name) => {
    expect(skills.has(name)).toBe(false);
  });

  it.each(['Haskell', 'Tauri'])('does not list %s from icons under an "Exploring" label', (name) => {
    expect(skills.has(name)).toBe(false);
  });

  it.each(['Flutter', 'OpenTelemetry', 'Podman'])(
    'does not list %s from a request for help, a wish or an unchecked task',
    (name) => {
      expect(skills.has(name)).toBe(false);
    },
  );

  it.each([
    'I’m looking for help with Flutter state management.',
    '앞으로는 OpenTelemetry 같은 도구를 붙여보고 싶습니다.',
    '我想学 Rust',
    'Kubernetes を使ってみたい',
    '[ ] Move the bots to Podman',
  ])('reads %j as not yet', (text) => {
    expect(isLearning(text)).toBe(true);
  });
});
