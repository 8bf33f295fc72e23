// Reading the skill part of a question: lists, slashes between technologies, contractions typed without
// the apostrophe.
import { describe, expect, it } from 'vitest';
import { fixQuestionWords } from '../../../src/engine/question-words.js';
import { splitSkillList } from '../../../src/engine/skill-terms.js';

describe('splitSkillList', () => {
  it('splits a slash between two technologies', () => {
    expect(splitSkillList('vue/nuxt')).toEqual(['vue', 'nuxt']);
    expect(splitSkillList('kafka/flink and docker')).toEqual(['kafka', 'flink', 'docker']);
  });

  it('asks a skill named twice once, keeping room for the others', () => {
    expect(splitSkillList('go or go or Go or GO or go or rust')).toEqual(['go', 'rust']);
  });

  it('keeps a slashed name that is one technology or not two', () => {
    expect(splitSkillList('ci/cd')).toEqual(['ci/cd']);
    expect(splitSkillList('pl/sql')).toEqual(['pl/sql']);
    expect(splitSkillList('a/b testing')).toEqual(['a/b testing']);
    expect(splitSkillList('react/zorblax')).toEqual(['react/zorblax']);
  });
});

describe('fixQuestionWords', () => {
  it('restores the apostrophe of whats, wheres and whos', () => {
    expect(fixQuestionWords("whats lena's linkedin")).toBe("what's lena's linkedin");
    expect(fixQuestionWords("wheres kenji's github")).toBe("where's kenji's github");
    expect(fixQuestionWords('whos around')).toBe("who's around");
  });

  it('leaves words that only look like object keys alone', () => {
    expect(fixQuestionWords('constructor knows rust')).toBe('constructor knows rust');
  });
});
