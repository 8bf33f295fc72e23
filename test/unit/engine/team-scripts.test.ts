// Team questions over made-up profiles written the ways real READMEs put them (test/fixtures/team-scripts):
// undated jobs whose words give the tense, "worked in X", employers and places in Han, kana and hangul.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectKind, loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/team-scripts'));
});

const listed = (line: string) =>
  (expectKind(t.ask(line), 'people').data.people ?? []).map((p) => `${p.personId}:${p.match}`).sort();

describe('employer tense without dates', () => {
  it('reads "💼 Working at Stripe" and a headline "Software engineer @ Microsoft" as jobs held now', () => {
    expect(listed('who works at stripe')).toEqual(['ana-ex:now']);
    expect(listed('who worked at microsoft')).toEqual(['bo-chen:now']);
  });

  it('reads "Ex-Meta" and "Before that I spent four years at Oracle" as jobs held before', () => {
    expect(listed('who worked at meta')).toEqual(['ana-ex:before']);
    expect(listed('who worked at oracle')).toEqual(['ana-ex:before']);
  });
});

describe('worked in an employer', () => {
  it('answers "who worked in microsoft" and reads "I interned in IBM" as an employer', () => {
    expect(listed('who worked in microsoft')).toEqual(['bo-chen:now']);
    expect(listed('who interned at ibm')).toEqual(['ana-ex:before']);
    expect(listed('anyone interned in ibm?')).toEqual(['ana-ex:before']);
  });

  it('never reads "worked in Microsoft SQL Server" (a product) as working there', () => {
    expect(listed('who worked at microsoft')).not.toContain('bo-chen:before');
  });
});

describe('employers in other scripts', () => {
  it('finds 네이버, 腾讯 and ヤフー for questions in Latin letters', () => {
    expect(listed('who works at naver')).toEqual(['kim:now']);
    expect(listed('who works at tencent')).toEqual(['li:now']);
    expect(listed('who worked at yahoo')).toEqual(['sato:now']);
  });

  it('reads "who works at X" asked in Korean, Chinese and Japanese', () => {
    expect(listed('네이버에서 일하는 사람')).toEqual(['kim:now']);
    expect(listed('谁在腾讯工作')).toEqual(['li:now']);
    expect(listed('ヤフーで働いている人は？')).toEqual(['sato:now']);
  });

  it('never takes a city beside a job ("坐标深圳" after "在腾讯工作") for an employer', () => {
    expect(listed('who works at shenzhen').filter((m) => m.endsWith(':now'))).toEqual([]);
  });
});

describe('places', () => {
  it('finds a city written in Han or kana inside a run of text', () => {
    expect(listed('who lives in shenzhen')).toEqual(['li:place']);
    expect(listed('谁住在深圳')).toEqual(['li:place']);
    expect(listed('who is in tokyo')).toEqual(['sato:place']);
    expect(listed('who is in china')).toEqual(['li:place', 'park:place']);
  });

  it('reads "From Hamburg, now in Lisbon" as in Lisbon, not Hamburg', () => {
    expect(listed('who is in portugal')).toEqual(['tom:place']);
    expect(listed('who is in germany')).toEqual(['ana-ex:place']);
    expect(listed('who is in hamburg')).toEqual([]);
  });

  it('knows Bombay is Mumbai and München is Munich, and never names a project about a place', () => {
    expect(listed('who is in bombay')).toEqual(['bo-chen:place', 'maya:place']);
    expect(listed('who lives in munich')).toEqual(['ana-ex:place']);
    expect(listed('who is in berlin')).toEqual([]);
  });
});

describe('role groups in other wordings and languages', () => {
  it('reads a group named in Chinese, Korean, Japanese, Russian, Spanish, Portuguese and German', () => {
    expect(listed('谁是前端工程师')).toEqual(['li:role']);
    expect(listed('프론트엔드 개발자 있어?')).toEqual(['li:role']);
    expect(listed('バックエンドエンジニアはいますか')).toEqual(['kim:role', 'park:role']);
    expect(listed('кто фронтенд разработчик')).toEqual(['li:role']);
    expect(listed('quién es diseñador')).toEqual(['lea:role']);
    expect(listed('quem é desenvolvedor mobile')).toEqual(['ana-ex:role', 'tom:role']);
    expect(listed('wer ist frontend entwickler')).toEqual(['li:role']);
  });

  it('puts a title written in Japanese in its group ("機械学習エンジニア")', () => {
    expect(listed('who does ml')).toEqual(['sato:role']);
  });

  it('reads "who makes games", "who founded a company" and "who is still studying" as groups', () => {
    expect(listed('who makes games')).toEqual(['tom:role']);
    expect(listed('who founded a company')).toEqual(['lea:role']);
    expect(listed('who is still studying')).toEqual(['lea:role']);
    expect(expectKind(t.ask('who is studying rust'), 'whoknows')).toBeTruthy();
  });

  it('never takes "the game changer for my career" for game development', () => {
    expect(listed('any game devs?')).toEqual(['tom:role']);
  });
});

describe('employers and places in real Korean and Chinese sentence shapes', () => {
  it('reads "카카오에서 백엔드 개발자로 일하고" and "目前在字节跳动担任技术主管" as jobs held now', () => {
    expect(listed('who works at kakao')).toEqual(['park:now']);
    expect(listed('who works at bytedance')).toEqual(['park:now']);
  });

  it('reads "住在上海" in any section as where someone lives', () => {
    expect(listed('who is in shanghai')).toEqual(['park:place']);
  });
});
