// One- and two-letter skill names (C, R, Go, Qt, D) are mentioned only as a technology in a sentence.
import { describe, expect, it } from 'vitest';
import { isShortSkillName, namesShortSkill } from '../../../src/engine/short-skill-mention.js';

describe('short skill names', () => {
  it('reads only names of one or two letters strictly', () => {
    expect(isShortSkillName('C')).toBe(true);
    expect(isShortSkillName('Go')).toBe(true);
    expect(isShortSkillName('C++')).toBe(false);
    expect(isShortSkillName('Rust')).toBe(false);
  });

  it('finds a mention in a sentence about technology', () => {
    expect(namesShortSkill('I write firmware in C and small tools in Go.', 'C')).toBe(true);
    expect(namesShortSkill('I write firmware in C and small tools in Go.', 'Go')).toBe(true);
    expect(namesShortSkill('For statistics I reach for R and ggplot2.', 'R')).toBe(true);
    expect(namesShortSkill('I also maintain a Qt desktop app.', 'Qt')).toBe(true);
    expect(namesShortSkill('Пишу бэкенд на Go.', 'Go')).toBe(true);
    expect(namesShortSkill('平时写 Go 和 Python。', 'Go')).toBe(true);
    expect(namesShortSkill('Go', 'Go')).toBe(true);
  });

  it('never reads a temperature, R&D, a grade, a row of letters or the verb "go" as the skill', () => {
    expect(namesShortSkill('I keep my sourdough starter at 4°C overnight.', 'C')).toBe(false);
    expect(namesShortSkill('Worked in R&D for a battery maker.', 'R')).toBe(false);
    expect(namesShortSkill('Worked in R&D for a battery maker.', 'D')).toBe(false);
    expect(namesShortSkill('Grade: C in chemistry, which I am fine with.', 'C')).toBe(false);
    expect(namesShortSkill('M | | C | | I', 'C')).toBe(false);
    expect(namesShortSkill('Go check out my blog for recipes.', 'Go')).toBe(false);
    expect(namesShortSkill('Hello Internet, I am R.K. Osei', 'R')).toBe(false);
  });
});
