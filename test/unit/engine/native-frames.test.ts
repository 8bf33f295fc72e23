// Questions typed in a learner's or chat frame read as the same question in the frame the rules know.
import { describe, expect, it } from 'vitest';
import { nativeFrames } from '../../../src/engine/native-frames.js';
import type { LineDeps } from '../../../src/engine/parse-line.js';
import { parseLine } from '../../../src/engine/parse-line.js';

const PEOPLE = new Map([
  ['rajat', 0.9],
  ['rajat jog', 1],
  ['rajdeep', 0.9],
]);
const deps: LineDeps = {
  personScore: (text) => PEOPLE.get(text.toLowerCase()) ?? null,
  hasImplicitPerson: () => false,
};

const TABLE: [string, string, Record<string, string>][] = [
  // progressive for simple present
  ['who is knowing terraform', 'whoknows', { skill: 'terraform' }],
  ['who are knowing django', 'whoknows', { skill: 'django' }],
  ['<@123> who is knowing kotlin', 'whoknows', { skill: 'kotlin' }],
  ['who is working with kafka?', 'whoknows', { skill: 'kafka' }],
  ['where rajat is working', 'experience', { person: 'rajat' }],
  ['where rajat jog is living', 'section', { person: 'rajat jog', section: 'location' }],
  ['what rajdeep is doing', 'profile', { person: 'rajdeep', section: 'role' }],
  // the question word at the end, no auxiliary
  ['rajat work where?', 'experience', { person: 'rajat' }],
  ['rajat is working where', 'experience', { person: 'rajat' }],
  ['rajdeep is from where', 'section', { person: 'rajdeep', section: 'origin' }],
  ['rajdeep from which country', 'section', { person: 'rajdeep', section: 'origin' }],
  ['what rajat know', 'skills', { person: 'rajat' }],
  ['which language rajat code', 'skills', { person: 'rajat' }],
  ['rajat what he do', 'profile', { person: 'rajat', section: 'role' }],
  // a learner's preposition or "to"
  ['who can to help with terraform', 'whoknows', { skill: 'terraform' }],
  ['someone is expert of django?', 'whoknows', { skill: 'django' }],
  ['how to contact with rajat', 'contact', { person: 'rajat' }],
  ['i search developer who know django', 'whoknows', { skill: 'django' }],
  ['bro who knows terraform', 'whoknows', { skill: 'terraform' }],
];

describe('questions in a learner frame', () => {
  it.each(TABLE)('reads “%s” as %s', (line, command, args) => {
    const parsed = parseLine(line, deps);
    expect(parsed?.command).toBe(command);
    expect(parsed?.args).toEqual(args);
  });

  it('keeps a reading that already names someone ("what is rajat doing" stays as the rules read it)', () => {
    expect(parseLine('what is rajat doing', deps)?.args.person).toBe('rajat');
  });

  it('leaves a question in a native frame as it is', () => {
    for (const text of ['who knows go', 'where does ana work', "what are ana's skills", 'who is ana'])
      expect(nativeFrames(text)).toBe(text);
  });
});
