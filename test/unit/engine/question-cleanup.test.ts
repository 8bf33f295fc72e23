// Normalising a free-text question: courtesy words, greetings, chat spellings and where the asker is
// come off as whole words only, never off the skill or name they sit next to.
import { describe, expect, it } from 'vitest';
import { normalizeQuestion } from '../../../src/engine/normalize-question.js';
import type { LineDeps } from '../../../src/engine/parse-line.js';
import { parseLine } from '../../../src/engine/parse-line.js';
import { withoutSkillWords } from '../../../src/engine/skill-terms.js';

const deps: LineDeps = {
  personScore: (text) => (['james', 'nika'].includes(text.toLowerCase()) ? 1 : null),
  hasImplicitPerson: () => false,
};

/** Real skill names that end (or start) with letters a courtesy or greeting word is made of. */
const ENDS_LIKE_COURTESY = [
  'Solidity',
  'Unity',
  'Security',
  'Accessibility',
  'Reliability',
  'Observability',
  'Scalability',
  'Sanity',
  'Trinity',
  'Nifty',
  'Serenity',
  'Proxmox',
];
const STARTS_LIKE_GREETING = ['Hibernate', 'Okta', 'Solr', 'Yocto', 'Umbraco', 'Heyday', 'Hugo'];

describe('question normalisation', () => {
  it.each(ENDS_LIKE_COURTESY)('keeps every letter of %s at the end of a question', (skill) => {
    expect(normalizeQuestion(`who knows ${skill}`)).toBe(`who knows ${skill.toLowerCase()}`);
    expect(normalizeQuestion(`who knows ${skill}?`)).toBe(`who knows ${skill.toLowerCase()}`);
  });

  it.each(STARTS_LIKE_GREETING)('keeps every letter of %s at the start of a question', (skill) => {
    expect(normalizeQuestion(`${skill} devs?`)).toBe(`${skill.toLowerCase()} devs`);
  });

  it('drops a courtesy word that stands on its own after the question', () => {
    for (const tail of [' ty', ', ty', ' thx', ' please', ', thanks!', ' thank you', ' cheers'])
      expect(normalizeQuestion(`who knows solidity${tail}`)).toBe('who knows solidity');
  });

  it('reads "can someone tell me" in front of the question as asking', () => {
    expect(parseLine('hey can someone tell me who knows angular pls', deps)).toEqual({
      command: 'whoknows',
      args: { skill: 'angular' },
    });
  });

  it('reads chat spellings of anyone and someone', () => {
    expect(parseLine('any1 know rust', deps)).toEqual({ command: 'whoknows', args: { skill: 'rust' } });
    expect(parseLine('some1 who knows go?', deps)).toEqual({ command: 'whoknows', args: { skill: 'go' } });
  });

  it('leaves where the asker is out of the skill (here, around, on the team)', () => {
    for (const place of ['here', 'around', 'on the team', 'in this channel'])
      expect(parseLine(`is there anyone who knows react native ${place}`, deps)).toEqual({
        command: 'whoknows',
        args: { skill: 'react native' },
      });
  });

  it('keeps the s of a name in a possessive written with only an apostrophe', () => {
    expect(parseLine("james' skills", deps)).toEqual({ command: 'skills', args: { person: 'james' } });
    expect(parseLine("what are james' skills", deps)).toEqual({
      command: 'skills',
      args: { person: 'james' },
    });
  });
});

describe('questions that were read as something else', () => {
  it('reads "where did X work before" and "who has X worked for" as experience', () => {
    for (const q of [
      'where did nika work before',
      'who has nika worked for',
      'which companies has nika worked at',
    ])
      expect(parseLine(q, deps)).toEqual({ command: 'experience', args: { person: 'nika' } });
  });

  it('reads "how do i use this bot" as a request for help', () => {
    expect(parseLine('how do i use this bot?', deps)).toEqual({ command: 'help', args: {} });
  });

  it("reads X's youtube or instagram as their contact details", () => {
    expect(parseLine("nika's youtube", deps)).toEqual({ command: 'contact', args: { person: 'nika' } });
    expect(parseLine("what's nika's instagram", deps)).toEqual({
      command: 'contact',
      args: { person: 'nika' },
    });
  });
});

describe('words about the skill rather than of it', () => {
  it('takes task words off the end of a skill ("playwright test", "terraform help")', () => {
    expect(withoutSkillWords('playwright test')).toBe('playwright');
    expect(withoutSkillWords('terraform help')).toBe('terraform');
    expect(withoutSkillWords('kafka questions')).toBe('kafka');
  });
});
