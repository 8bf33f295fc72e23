import { describe, expect, it } from 'vitest';
import { cjkJobs } from '../../../src/profiles/extract/cjk-experience.js';
import { jobsInSentence } from '../../../src/profiles/extract/prose-experience.js';
import { parsed } from './extract-helpers.js';

const employers = (file: string) =>
  parsed(`test/fixtures/real-patterns/${file}`).experience.map((e) => [e.title, e.organization]);
const orgs = (line: string) =>
  jobsInSentence(line, { links: [], handle: null }, 1).map((e) => e.organization);

describe('employers stated in Chinese', () => {
  it('reads "前X全栈开发", "前X、Y工程师", "现就职于X" and "创立 X 公司" from a Chinese profile', () => {
    expect(employers('jobs-cjk-former.md')).toEqual([
      ['全栈开发', '星河科技'],
      ['工程师', '云帆'],
      ['工程师', '蓝鲸'],
      [null, '青木数据'],
      ['创始人', '小周工作坊'],
    ]);
  });

  it('reads "先后在X和Y从事…" and "先后就职于X、Y等企业"', () => {
    expect(cjkJobs('我是码农阿May，先后在星河和云帆从事技术研发多年').map((j) => j.organization)).toEqual([
      '星河',
      '云帆',
    ]);
    expect(cjkJobs('先后就职于东风通信、蓝鲸等企业，在通信领域').map((j) => j.organization)).toEqual([
      '东风通信',
      '蓝鲸',
    ]);
  });

  it('reads no employer from 前端 (front-end), 之前/以前/目前, a city, or a list with no role after it', () => {
    expect(cjkJobs('我是一名前端工程师，目前在北京工作')).toEqual([]);
    expect(cjkJobs('之前在做前端开发，以前的项目')).toEqual([]);
    expect(cjkJobs('前腾讯、百度')).toEqual([]);
    expect(cjkJobs('提前完成')).toEqual([]);
  });
});

describe('employers stated in other phrasings', () => {
  it('reads "trabajo en X", "работаю в X", "Professor at X", "ex-X ·" lists and "Previously @x"', () => {
    expect(employers('jobs-other-phrasings.md')).toEqual([
      [null, 'Brisa Labs'],
      ['Associate Professor', 'Northgate Institute of Technology'],
      [null, 'Quantora'],
      [null, 'Pellwick'],
      [null, 'tidewave'],
      [null, 'Ладога'],
    ]);
  });

  it('reads "joined X as a Role" and "joined X full-time", but not a club or a site someone joined', () => {
    expect(orgs('I recently joined Kestrel & Fox as a Developer Relations Engineer.')).toEqual([
      'Kestrel & Fox',
    ]);
    expect(orgs('I recently joined Brightwave full-time, where I build tools.')).toEqual(['Brightwave']);
    expect(orgs('I recently joined a local football club')).toEqual([]);
    expect(orgs('I joined GitHub in 2015 and never left.')).toEqual([]);
  });

  it('never reads a place, a language or a demonym after those phrasings', () => {
    expect(orgs('Trabajo en Madrid y a veces en remoto.')).toEqual([]);
    expect(orgs('También trabajo en Python y Go.')).toEqual([]);
    expect(orgs('Ex-Googler turned indie hacker.')).toEqual([]);
    expect(orgs('I work in Berlin as a developer')).toEqual([]);
    expect(orgs('trabajo en una startup')).toEqual([]);
  });

  it('ends an employer at the end of its sentence ("Oxxo. 2023" → "Oxxo") but keeps "Pvt. Ltd"', () => {
    expect(orgs('Actualmente trabajo en Oxxo. 2023-2024.')).toEqual(['Oxxo']);
    expect(orgs('Engineer at Orbit Pvt. Ltd. since 2019')).toEqual(['Orbit Pvt. Ltd']);
  });
});

describe('employers stated in Japanese and Korean', () => {
  it('reads a company by its legal form (株式会社) with a job after it, a Latin name before 에서 일하고, and (주)X', () => {
    expect(employers('jobs-ja-ko.md').map(([, org]) => org)).toEqual([
      'ハルカ株式会社',
      'Miretos株式会社',
      'Kumo',
      '누리',
    ]);
  });

  it('reads no employer from an office, a field or a company form named in passing', () => {
    expect(orgs('私は東京の中心部のオフィスで働いています。')).toEqual([]);
    expect(orgs('현재 AI와 데이터 분야에서 일하고 있습니다.')).toEqual([]);
    expect(orgs('もしもし、ABC株式会社ですが')).toEqual([]);
  });
});
