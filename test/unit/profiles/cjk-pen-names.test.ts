import { describe, expect, it } from 'vitest';
import { nameInText } from '../../../src/profiles/extract/name-greetings.js';
import { parsed } from './extract-helpers.js';

describe('a CJK name or pen name after 我是/我叫', () => {
  it.each([
    ['我是码农小周', '码农小周'],
    ['你好，我是程序员阿May，先后在星河工作', '程序员阿May'],
    ['我叫欧阳明月。', '欧阳明月'],
    ['我是全栈老林 🐟', '全栈老林'],
  ])('reads %j as the name %j', (text, name) => {
    expect(nameInText(text, { handle: 'janedoe' })).toBe(name);
  });

  it.each(['我是前端工程师', '我是程序员', '我是全栈开发者', '我是一名程序员', '我是程序员的朋友'])(
    'reads no name from the description %j',
    (text) => {
      expect(nameInText(text, { handle: 'janedoe' })).toBeNull();
    },
  );

  it('takes the pen name from a "## 我是…" heading, not the greeting with it', () => {
    expect(parsed('test/fixtures/real-patterns/jobs-cjk-former.md').name).toBe('码农小周');
  });
});
