// Employers and titles of prose work statements, read as one general shape (a work cue, an organisation-shaped
// name, a title before or after it) in the variants real READMEs use; vague or project names are no employers.
import { describe, expect, it } from 'vitest';
import { jobsInSentence } from '../../../src/profiles/extract/prose-experience.js';
import { parsed } from './extract-helpers.js';

const dir = 'test/fixtures/experience-general-8';
const jobs = (file: string) => parsed(`${dir}/${file}`).experience.map((e) => [e.title, e.organization]);
const read = (line: string) =>
  jobsInSentence(line, { links: [], handle: null }, 1).map((e) => [e.title, e.organization]);

describe('a job title written after the employer', () => {
  it('reads "at X as a Title" in English, "en X como título" in Spanish and "@x as an SRE"', () => {
    expect(jobs('noor-halvorsen.md')).toContainEqual(['Senior Platform Engineer', 'Lumenfield']);
    expect(jobs('tomas-okonkwo.md')).toContainEqual(['desarrollador', 'Cebra Pagos']);
    expect(jobs('tomas-okonkwo.md')).toContainEqual(['SRE', 'kitewire']);
  });

  it('ends the title at what the job is about, and reads none when no role word follows "as"', () => {
    expect(read('I work at Acme Corp as a Senior Backend Engineer, building APIs.')).toEqual([
      ['Senior Backend Engineer', 'Acme Corp'],
    ]);
    expect(read('I work at Acme Corp as a volunteer.')).toEqual([[null, 'Acme Corp']]);
  });
});

describe('a job title with a capitalised tail', () => {
  it('keeps "of Engineering" and "Developer Experience" after the role word', () => {
    expect(jobs('tomas-okonkwo.md')).toContainEqual(['Head of Developer Experience', 'Brightline']);
    expect(jobs('tomas-okonkwo.md')).toContainEqual(['Director of Engineering', 'Saltmarsh Health']);
  });

  it('stops the title at a lowercase word or a trailing "of"', () => {
    expect(read('Lead Engineer of the platform team at Kestrel')).toEqual([['Lead Engineer', 'Kestrel']]);
  });
});

describe('several employers named in one enumeration', () => {
  it('reads every linked or capitalised name of "worked at A, B, and C" and "Previously at A, B and C"', () => {
    expect(jobs('noor-halvorsen.md').map(([, org]) => org)).toEqual(
      expect.arrayContaining(['Quarry Bank', 'Tidewell', 'Orchard Maps']),
    );
    expect(read('Previously at Stripe, Shopify and Twilio.').map(([, org]) => org)).toEqual([
      'Stripe',
      'Shopify',
      'Twilio',
    ]);
  });

  it('reads the names after a kind of employer ("experience at companies like A, B and C", "startups such as")', () => {
    expect(jobs('tomas-okonkwo.md').map(([, org]) => org)).toEqual(
      expect.arrayContaining(['Veldhuis', 'NordPay', 'Kastrup Rail']),
    );
    expect(read("I've worked at companies like Google and Meta.").map(([, org]) => org)).toEqual([
      'Google',
      'Meta',
    ]);
    expect(read('Engineer at startups such as Zeta, Orbit Labs, and Kite.')).toEqual([
      ['Engineer', 'Zeta'],
      ['Engineer', 'Orbit Labs'],
      ['Engineer', 'Kite'],
    ]);
  });

  it('reads no employer from companies worked with (clients), nor from a kind without names', () => {
    expect(jobs('tomas-okonkwo.md').map(([, org]) => org)).not.toContain('Solbakken Foods');
    expect(read('I worked at several companies in Oslo.')).toEqual([]);
  });

  it('reads one employer when what follows the comma is no enumeration of names', () => {
    expect(read('Engineer at Acme, building APIs and Tools.')).toEqual([['Engineer', 'Acme']]);
    expect(read('Working at Acme, Berlin.')).toEqual([[null, 'Acme']]);
  });
});

describe('no employer from a project worked on or from vague words', () => {
  it('reads no employer from "working on @project" without a job title, or from "various organizations"', () => {
    const orgs = jobs('noor-halvorsen.md').map(([, org]) => org);
    expect(orgs).not.toContain('pebblecache');
    expect(orgs).not.toContain('various organizations');
    expect(jobs('tomas-okonkwo.md').map(([, org]) => org)).not.toContain('several startups');
  });

  it('still reads "working on @team as a Title" as a job', () => {
    expect(read("I'm currently working on @skiffteam as a Front-End engineer.")).toEqual([
      ['Front-End engineer', 'skiffteam'],
    ]);
  });
});
