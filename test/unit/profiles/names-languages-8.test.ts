// Greetings and titles carried over from the fix-names8 branch where main had no such class: greetings in
// Ukrainian, Polish, Czech, Turkish, Vietnamese, Indonesian, Nordic, Romanian, Finnish and Greek, roles in
// those languages (hyphenated too), ornaments and brackets framing a title, question words and company
// words in section titles, and Korean or Japanese sentence headings.
import { describe, expect, it } from 'vitest';
import { nameInText } from '../../../src/profiles/extract/name-greetings.js';
import { bareHeadingName } from '../../../src/profiles/extract/name-places.js';

const heading = (text: string, handle: string | null = null) =>
  nameInText(text, { handle, weakIntros: true, lowercase: true });

describe('greetings in more languages', () => {
  it.each([
    ['Привіт, я Олена', 'Олена'],
    ['Cześć, jestem Kasia', 'Kasia'],
    ['Nazywam się Jan Kowalski', 'Jan Kowalski'],
    ['Merhaba, ben Ahmet', 'Ahmet'],
    ['Benim adım Emre', 'Emre'],
    ['Xin chào, tôi là Minh', 'Minh'],
    ['Halo, saya Budi', 'Budi'],
    ['Nama saya Siti', 'Siti'],
    ['Hej, jag heter Erik', 'Erik'],
    ['Jeg heter Ola', 'Ola'],
    ['Ahoj, jsem Petr', 'Petr'],
    ['Mă numesc Andrei', 'Andrei'],
    ['Hei, nimeni on Aino', 'Aino'],
    ['Buongiorno, mi chiamo Luca', 'Luca'],
    ['Γεια σας, είμαι η Μαρία', 'Μαρία'],
    ['✦ Hi, I’m Ana ✦', 'Ana'],
  ])('reads the greeting %j as %j', (text, name) => {
    expect(heading(text)).toBe(name);
  });

  it.each([
    'Привет, я Python-разработчик',
    'Привет, я разработчик',
    'Halo, saya Mahasiswa Informatika',
    'Merhaba, ben Yazılımcı',
    'Cześć, jestem Programista',
    'Hola, soy desarrollador',
    'Ben Carter is my mentor',
    'Saya suka kopi',
  ])('reads no name from the role or sentence %j', (text) => {
    expect(heading(text)).toBeNull();
  });
});

describe('titles that frame a name, and titles that are never one', () => {
  it.each([
    ['✦ Yuanzhi Liu ✦', 'Yuanzhi Liu'],
    ['</Ana Ruiz>', 'Ana Ruiz'],
    ['== Ana Ruiz ==', 'Ana Ruiz'],
    ['【Ana Ruiz】', 'Ana Ruiz'],
    ['「Kenji Mori」', 'Kenji Mori'],
  ])('reads the title %j as the name %j', (title, name) => {
    expect(bareHeadingName(title, null)).toBe(name);
  });

  it.each([
    'What I Build',
    'Code I Write',
    'How We Work',
    'Where I Live',
    'Acme Corp',
    'Nimbus Technologies',
    'Selected Work',
    'My Toolbox',
    '안녕하세요 백엔드 개발자 김민준입니다',
    '開発者の田中です',
  ])('never reads the section title %j as a name', (title) => {
    expect(bareHeadingName(title, null)).toBeNull();
  });
});

describe('Japanese self-introductions', () => {
  it.each([
    ['はじめまして、山田太郎です。', '山田太郎'],
    ['こんにちは！タナカです', 'タナカ'],
    ['山田太郎と申します。', '山田太郎'],
    ['はじめまして、Kenです。', 'Ken'],
  ])('reads %j as %j', (text, name) => {
    expect(heading(text)).toBe(name);
  });

  it.each([
    'こんにちは、東京在住です',
    'はじめまして、大学生です',
    'こんにちは、エンジニアです',
    '今日はいい天気です',
  ])('reads no name from the description %j', (text) => {
    expect(heading(text)).toBeNull();
  });
});
