// Questions in Korean, Japanese and Chinese that glue particles or endings to a name, or write it inside
// a run with no spaces: the name is found, and the question read as the English one.
import { describe, expect, it } from 'vitest';
import { personAmong, spacedNames } from '../../../src/engine/cjk-names.js';
import { foreignQuestion } from '../../../src/engine/foreign-question.js';

const NAMES = new Set(['phil', '李明', '김지훈', '佐藤']);
const names = (s: string) => NAMES.has(s);
const asEnglish = (text: string) => foreignQuestion(text, names, (q) => q, names);

describe('a name written inside a run of han, kana or hangul', () => {
  it('is spaced out as a word of its own', () => {
    expect(spacedNames('李明的邮箱是多少', names)).toBe('李明 的邮箱是多少');
    expect(spacedNames('김지훈은 어디서', names)).toBe('김지훈 은 어디서');
  });
  it('leaves a name that runs on into a longer word or name alone ("李明亮" is not 李明)', () => {
    expect(spacedNames('李明亮的邮箱是多少', names)).toBe('李明亮的邮箱是多少');
    expect(spacedNames('김지훈같은 사람 있어', names)).toBe('김지훈같은 사람 있어');
    expect(asEnglish('李明亮的邮箱是多少')).toBeNull();
  });
  it('leaves a run that is wholly a name, or holds none, as it is', () => {
    expect(spacedNames('李明 在哪里', names)).toBe('李明 在哪里');
    expect(spacedNames('在哪里工作', names)).toBe('在哪里工作');
  });
});

describe('the person named among words no cue read', () => {
  it('is the name when every other word is han, kana or hangul', () => {
    expect(personAmong(['phil', '어느', '다녔어요'], names, names)).toBe('phil');
  });
  it('is no one when a latin word is left over besides the name', () => {
    expect(personAmong(['phil', 'kafka'], names, names)).toBeNull();
  });
  it('is no one when two words name people', () => {
    expect(personAmong(['phil', '李明'], names, names)).toBeNull();
  });
});

describe('a question in Korean, Japanese or Chinese about one person', () => {
  it.each([
    ['李明的邮箱是多少', 'contact 李明'],
    ['김지훈은 어느 대학교를 나왔어요?', 'where did 김지훈 study'],
    ['phil은 어느 학교 다녔어요?', 'where did phil study'],
    ['phil한테 연락하려면 어떻게 해요?', 'contact phil'],
    ['phil 在哪个城市？', 'where is phil based'],
    ['phil 以前做过什么工作？', 'where has phil worked'],
    ['李明现在在哪家公司', 'where has 李明 worked'],
    ['佐藤さんの役職は？', 'what does 佐藤 do'],
    ['김지훈의 직책이 뭐예요', 'what does 김지훈 do'],
    ['philはpytorchを使えますか', 'does phil know pytorch'],
    ['李明用什么编程语言', 'skills of 李明'],
  ])('%s → %s', (text, english) => {
    expect(asEnglish(text)).toBe(english);
  });
  it('reads a place people are in when the place is asked about ("横浜にいるのは誰")', () => {
    expect(asEnglish('横浜にいるのは誰？')).toBe('who is based in 横浜');
  });
});
