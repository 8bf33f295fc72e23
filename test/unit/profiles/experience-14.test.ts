// Experience read from résumé shapes: an HTML table of jobs with no header row, a "Currently working at:"
// label over a list of linked employers, and bold dates beside a role with no employer written.
import { describe, expect, it } from 'vitest';
import { parsed } from './extract-helpers.js';

const dir = 'test/fixtures/experience-14';
const jobs = (name: string) =>
  parsed(`${dir}/${name}.md`).experience.map((e) => ({
    title: e.title,
    organization: e.organization,
    period: e.period,
  }));

describe('an HTML résumé table under an all-caps WORK EXPERIENCE heading', () => {
  it('reads each row by what its cells hold: the role, the employer and the dates', () => {
    expect(jobs('odile-marchetti')).toEqual([
      { title: 'Backend Engineer', organization: 'Corvane Logistics', period: '2022 – Present' },
      { title: 'Junior Software Developer', organization: 'Pellucid Data', period: '2019 – 2022' },
    ]);
  });
});

describe('a "Currently working at:" label over a list of links', () => {
  it('reads every linked employer of the list, and no project of a "Currently working on:" list', () => {
    expect(jobs('jonah-whitlock').map((j) => j.organization)).toEqual([
      'Tessellate Cloud',
      'Harbor Commons Foundation',
    ]);
  });

  it('keeps the label with each name, so the job reads as held now', () => {
    const texts = parsed(`${dir}/jonah-whitlock.md`).experience.map((e) => e.text);
    expect(texts.every((t) => t.startsWith('Currently working at:'))).toBe(true);
  });

  it('never takes the next heading as one more employer of the label', () => {
    expect(jobs('jonah-whitlock').map((j) => j.organization)).not.toContain('🛠 Skills');
  });
});

describe('a "Currently working at:" label over lines that each end in a separator', () => {
  it('reads every name of the lines below the label ("Lumora |" / "Pinhal Digital |" / …)', () => {
    expect(jobs('lucas-amaral').map((j) => j.organization)).toEqual([
      'Lumora',
      'Pinhal Digital',
      'Sabiá Commerce',
    ]);
  });
});

describe('a "Professional Journey" section of dated role headings', () => {
  it('reads each heading as a role and its dates', () => {
    expect(jobs('karim-haddad')).toEqual([
      { title: 'Detection Engineering Lead', organization: null, period: '2023 – Present' },
      { title: 'Incident Response Analyst', organization: null, period: '2020 – 2023' },
    ]);
  });
});

describe('bold dates beside a role, no employer written', () => {
  it('reads the role and its dates, and never the dates as the employer', () => {
    expect(jobs('saanvi-kulkarni')).toEqual([
      { title: 'Cyber Defense Lead', organization: null, period: '2025 – Present' },
      { title: 'SOC Analyst', organization: null, period: '2021 – 2025' },
    ]);
  });
});
