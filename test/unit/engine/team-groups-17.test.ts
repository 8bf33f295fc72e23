// Team questions about employers and leads (test/fixtures/team-groups-17): ex-employees, a company's
// parts and its staff's nicknames, "who is from <country>", "who has led a team", and the same in other languages.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectKind, loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/team-groups-17'));
});

const listed = (line: string) =>
  (expectKind(t.ask(line), 'people').data.people ?? []).map((p) => p.personId).sort();

describe('who used to work somewhere', () => {
  it('lists only who left when asked for ex-employees, by the company or its staff nickname', () => {
    expect(listed('any ex-googlers?')).toEqual(['noor-haddad']);
    expect(listed('former googlers')).toEqual(['noor-haddad']);
    expect(listed('who are the ex-google people')).toEqual(['noor-haddad']);
    expect(listed('who works at google')).toEqual(['noor-haddad', 'ravi-menon']);
  });

  it('never reads "former projects" or "ex colleagues" as people who worked at a company of that name', () => {
    for (const line of ['list previous projects', 'show me previous jobs', 'any former colleagues here'])
      expect(t.ask(line).title).not.toMatch(/^Who works or worked at/);
  });

  it('finds a job at AWS when asked for Amazon, and a job at Google when asked for Alphabet', () => {
    expect(listed('who worked at amazon')).toEqual(['noor-haddad']);
    expect(listed('who has worked at alphabet')).toEqual(['noor-haddad', 'ravi-menon']);
  });

  it('reads a time word after the employer as one ("right now")', () => {
    expect(t.ask('who is at oracle right now').title).toContain('Oracle');
  });
});

describe('who is from a place', () => {
  it('reads "from <country>" as a place, not an employer', () => {
    const reply = expectKind(t.ask('who is from germany'), 'people');
    expect(reply.title).toContain('based in');
    expect(listed('who is from germany')).toEqual(['lena-vogt']);
    expect(listed('wer kommt aus Deutschland?')).toEqual(['lena-vogt']);
  });

  it('reads "who studied at" in Portuguese, German and French', () => {
    expect(listed('quem estudou na TUM?')).toEqual(['lena-vogt']);
    expect(listed('wer hat an der TUM studiert?')).toEqual(['lena-vogt']);
    expect(listed('qui a étudié à TUM ?')).toEqual(['lena-vogt']);
  });
});

describe('who has led a team', () => {
  it('finds who says they lead people, never who only names a company', () => {
    expect(listed('who has led a team')).toEqual(['ravi-menon']);
    expect(listed('anyone with leadership experience?')).toEqual(['ravi-menon']);
  });
});
