// JSON Resume files that keep their jobs under another key than `work` still list those employers.
import { describe, expect, it } from 'vitest';
import { parsed } from './extract-helpers.js';

const dir = 'test/fixtures/resume-shapes';
const jobs = (file: string) =>
  parsed(`${dir}/${file}`).experience.map((e) => [e.title, e.organization, e.period]);

describe('JSON Resume job lists under other keys', () => {
  it('reads jobs under a plural "works" and internships under "internship", each internship titled Intern', () => {
    expect(jobs('renamed-work-lists.json')).toEqual([
      ['Frontend Engineer', 'Quillmark Payments', '2019, March – Present'],
      ['Intern', 'Velloria Bank', '2018, June – 2018, August'],
      ['Intern', 'Tamsin & Reed Analytics', '2017, May – 2017, July'],
    ]);
  });

  it('never reads volunteering, education or awards nested in a job as employers', () => {
    const orgs = parsed(`${dir}/renamed-work-lists.json`).experience.map((e) => e.organization);
    expect(orgs).not.toContain('Code Club Pune');
    expect(orgs).not.toContain('Pune Institute of Computing');
  });

  it('reads "jobs" items spelled employer/role/start/end (numbers as years) and keeps an internship position', () => {
    expect(jobs('jobs-employer-fields.json')).toEqual([
      ['Data Engineer', 'Fjordlight Energy', '2021-02 – present'],
      ['Analyst', 'Nordvik Rail', '2018 – 2021'],
      ['Research Intern', 'Skarv Robotics', '2017-06 – present'],
    ]);
  });

  it('reads a list under an unknown key whose items carry a company and a position as jobs, but not clients or talks', () => {
    expect(jobs('job-list-under-own-key.json').map(([, org]) => org)).toEqual([
      'Tecnoandes Ltda',
      'Cafeteria Rumbo',
    ]);
  });

  it('shows the renamed list as the Work section, so the answer finds it as it finds `work`', () => {
    const work = parsed(`${dir}/renamed-work-lists.json`).sections.find((s) => s.kind === 'experience');
    expect(work?.items[0]).toBe('Frontend Engineer at Quillmark Payments, 2019, March – Present');
  });
});
