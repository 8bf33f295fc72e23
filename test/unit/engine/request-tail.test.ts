// A request's tail after the skill it asks for (who it calls on, how soon, what for), over made-up people.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { withoutRequestTail } from '../../../src/engine/request-tail.js';
import { expectKind, loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/role-classes'));
});

describe('withoutRequestTail', () => {
  it.each([
    ['swiftui for a quick review, anyone', 'swiftui'],
    ['kotlin asap', 'kotlin'],
    ['kotlin this week', 'kotlin'],
    ['firebase to help me debug something', 'firebase'],
    ['go for a quick pairing session asap, folks', 'go'],
  ])('takes "%s" down to the skill "%s"', (typed, skill) => {
    expect(withoutRequestTail(typed)).toBe(skill);
  });

  it.each(['tools for data science', 'kotlin for android', 'react native', 'machine learning'])(
    'leaves "%s" whole: no appeal, time or purpose follows it',
    (typed) => {
      expect(withoutRequestTail(typed)).toBe(typed);
    },
  );
});

describe('a who-knows request with what it is for, how soon and who it calls on', () => {
  it.each([
    ['i need someone who knows figma for a quick review, anyone?', 'Figma', ['dario-okonkwo']],
    ['need a terraform dev for a quick pairing session', 'Terraform', ['kofi-mensah', 'lotte-brandt']],
    ['anyone free to pair on python this week?', 'Python', ['dario-okonkwo']],
    ['who knows kubernetes asap', 'Kubernetes', ['kofi-mensah', 'lotte-brandt']],
    ['anyone good with typescript to help me debug something', 'TypeScript', ['dario-okonkwo']],
  ])('reads "%s" as who knows the skill alone', (line, skill, people) => {
    const reply = expectKind(t.ask(line), 'whoknows');
    expect(reply.data.skill).toBe(skill);
    expect(reply.data.matches.map((m) => m.personId).sort()).toEqual(people);
  });
});

describe('a whole name typed in another order or with a middle name', () => {
  it.each(['/profile brandt lotte', '/profile lotte m brandt'])('finds the person for "%s"', (line) => {
    expect(t.ask(line).person?.id).toBe('lotte-brandt');
  });

  it('does not read a word after the whole name as a middle name', () => {
    expect(t.ask('/profile lotte brandt kubernetes').kind).not.toBe('profile');
  });
});
