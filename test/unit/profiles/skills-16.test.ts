// Skills people state in ways read since skills16: badge widgets that list technologies in their URL,
// Korean, Japanese and Chinese résumé lines of use, and technologies the vocabulary lacked.
import { describe, expect, it } from 'vitest';
import { findTechMentions } from '../../../src/profiles/extract/tech-mentions.js';
import { statesEverydayUse } from '../../../src/profiles/extract/use-sentence.js';
import { lookupTechnology } from '../../../src/profiles/vocabulary/tech-vocabulary.js';
import { parsed } from './extract-helpers.js';

const DIR = 'test/fixtures/skills-16';
const listed = (file: string) =>
  parsed(`${DIR}/${file}`)
    .skills.filter((s) => s.source !== 'prose')
    .map((s) => s.name);

describe('badge widgets that list technologies in their URL', () => {
  it('reads a realdeveloper badge list like an icon row', () => {
    expect(listed('haneul-seo.md')).toEqual(
      expect.arrayContaining(['Java', 'Spring', 'jQuery', 'Express', 'SQL Server', 'MySQL']),
    );
  });

  it('reads the labels of a github-readme-tech-stack card', () => {
    expect(listed('mei-tanaka.md')).toEqual(expect.arrayContaining(['React', 'SvelteKit', 'C++']));
  });
});

describe('Korean, Japanese and Chinese lines of use', () => {
  it.each([
    'Kafka를 사용하여 지표 수집 파이프라인 구축',
    'Spring을 이용한 분석환경 제공',
    'Go、Node.jsを用いたバックエンド開発',
    'Dockerで開発環境を構築',
    '使用 Go 重构订单服务',
    '熟悉 Redis 的使用',
  ])('reads %j as stating use', (line) => {
    expect(statesEverydayUse(line)).toBe(true);
  });

  it.each(['Rust는 아직 공부 중입니다', 'Rustは勉強中です', '学习中：Rust', '사용자 관리 페이지'])(
    'reads %j as no statement of use',
    (line) => {
      expect(statesEverydayUse(line)).toBe(false);
    },
  );

  it('finds a name written straight before a particle or after a verb', () => {
    expect(findTechMentions('Elasticsearch, Kafka를 사용하여 구축')).toEqual(['Elasticsearch', 'Kafka']);
    expect(findTechMentions('Goで実装')).toEqual(['Go']);
    expect(findTechMentions('使用Go开发')).toEqual(['Go']);
  });

  it('lists the technologies of a Korean project line, not what the author is still studying', () => {
    const names = listed('haneul-seo.md');
    expect(names).toEqual(expect.arrayContaining(['Netty', 'Kafka', 'Elasticsearch', 'Spring Session']));
    expect(names).not.toContain('Rust');
  });

  it('reads "Spring Session" as one name', () => {
    const names = parsed(`${DIR}/haneul-seo.md`).skills.map((s) => s.name);
    expect(names).not.toContain('Session');
  });

  it('lists the technologies of Japanese duty lines', () => {
    expect(listed('mei-tanaka.md')).toEqual(expect.arrayContaining(['Go', 'Node.js', 'Casbin', 'Docker']));
  });

  it('splits a Chinese stack line pair and reads lines of use, not what is being learned', () => {
    const names = listed('lin-qiao.md');
    expect(names).toEqual(expect.arrayContaining(['PHP', 'Go', 'Gin', 'MySQL', 'RabbitMQ', 'Redis']));
    expect(names).not.toContain('Rust');
  });
});

describe('technologies real profiles name', () => {
  it.each([
    ['netty', 'Netty'],
    ['ebpf', 'eBPF'],
    ['Spring Data JPA', 'JPA'],
    ['querydsl', 'QueryDSL'],
    ['jwt', 'JSON Web Tokens'],
    ['aws cloudwatch', 'CloudWatch'],
    ['react-query', 'TanStack Query'],
  ])('knows %j as %s', (written, name) => {
    expect(lookupTechnology(written)?.name).toBe(name);
  });
});
