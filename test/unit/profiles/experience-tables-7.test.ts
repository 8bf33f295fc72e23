// Job tables whose header is written in another language are read like "| Company | Role | Years |".
import { describe, expect, it } from 'vitest';
import { parsed } from './extract-helpers.js';

const dir = 'test/fixtures/experience-classes-7';
const jobs = (file: string) =>
  parsed(`${dir}/${file}`).experience.map((e) => [e.organization, e.title, e.period]);

describe('job tables with headers in other languages', () => {
  it('reads an Italian "Azienda | Ruolo | Anni" table', () => {
    expect(jobs('lucia-ferri-table-it.md')).toEqual([
      ['Vetreria Digitale', 'Sviluppatrice backend', '2021 – oggi'],
      ['Banca Lagunare', 'Analista', '2018 – 2021'],
    ]);
  });

  it('reads a Chinese "公司 | 职位 | 时间" table under a bold label, not the skills table beside it', () => {
    expect(jobs('zhou-ming-table-zh.md')).toEqual([
      ['青禾科技', '后端工程师', '2020 – 至今'],
      ['蓝湾数据', '实习生', '2019'],
    ]);
  });

  it('reads the employer of a German "Unternehmen" column, and no job from a "Planning" column', () => {
    expect(jobs('jonas-weber-table-de.md')).toEqual([
      ['Hafenkran Software GmbH', 'Softwareentwickler', '2019 – heute'],
    ]);
  });
});
