// extractIdentity: name, headline, id and privacy keys from front matter, the name heading, or the file name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeProfileBytes } from '../../../src/profiles/decode/decode.js';
import { extractIdentity, nameFromHeading } from '../../../src/profiles/extract/extract-identity.js';
import { handleSpelledIn } from '../../../src/profiles/extract/handle-spelling.js';
import { nameInText } from '../../../src/profiles/extract/name-greetings.js';
import { parseMarkdown } from '../../../src/profiles/markdown/markdown.js';

const fixtures = join(import.meta.dirname, '../../fixtures/profiles');
const seeds = join(import.meta.dirname, '../../../profiles');
const patterns = join(import.meta.dirname, '../../fixtures/real-patterns');

function identityOf(dir: string, name: string) {
  const decoded = decodeProfileBytes(new Uint8Array(readFileSync(join(dir, name))));
  if (!decoded.ok) throw new Error(decoded.reason);
  return extractIdentity(parseMarkdown(decoded.text).doc, name);
}

const fromText = (text: string, file = 'some-person.md') => extractIdentity(parseMarkdown(text).doc, file);

describe('extractIdentity', () => {
  it('reads Rajat Jog and his headline from the repaired greeting heading', () => {
    expect(identityOf(seeds, 'rajat-jog.md')).toMatchObject({
      id: 'rajat-jog',
      name: 'Rajat Jog',
      headline: 'Senior Software Engineer • Backend Architect • Python/Django Specialist',
      listed: true,
      handle: null,
      aliases: [],
    });
  });

  it('reads Rajdeep Sengupta from a plain "# Name" heading', () => {
    expect(identityOf(seeds, 'rajdeep-sengupta.md')).toMatchObject({
      id: 'rajdeep-sengupta',
      name: 'Rajdeep Sengupta',
      headline: 'Senior Cloud & Infrastructure Engineer',
    });
  });

  it('takes name, id, handle, aliases, pronouns, listed and visibility from front matter', () => {
    expect(identityOf(fixtures, 'front-matter.md')).toEqual({
      id: 'dana',
      name: 'Dana Front',
      nameSource: 'front-matter',
      handle: 'danaf',
      aliases: ['DF', 'Dee'],
      pronouns: 'she/her',
      headline: 'Staff engineer at Example',
      listed: false,
      visibility: { email: 'private', phone: 'private' },
      nameSectionId: null,
      warnings: [],
    });
  });

  it('reads the name from an HTML <h1> and the tagline from the <h3> under it', () => {
    expect(identityOf(fixtures, 'html-heavy.md')).toMatchObject({
      name: 'Priya Natarajan',
      headline: 'A full-stack developer who likes boring, reliable systems',
    });
  });

  it('reads a setext title heading', () => {
    expect(identityOf(fixtures, 'setext.md')).toMatchObject({ name: 'Sam Setext', id: 'setext' });
  });

  it.each([
    ['spanish.md', 'Lucía Fernández', 'Ingeniera de software en Madrid'],
    ['french.md', 'Amélie Durand', 'Développeuse full-stack à Lyon'],
    ['german.md', 'Jürgen Groß', 'Softwareentwickler aus Berlin'],
    ['portuguese.md', 'João Silva', 'Engenheiro de dados em Lisboa'],
  ])('reads the greeting in %s', (file, name, headline) => {
    expect(identityOf(fixtures, file)).toMatchObject({ name, headline });
  });

  it.each([
    ['👋 Hi, I’m Rajat Jog', 'Rajat Jog'],
    ['Hey there, I am Ana O’Brien, a developer', 'Ana O’Brien'],
    ["I'm Bob - backend engineer", 'Bob'],
    ['Hello! My name is Kim Lee.', 'Kim Lee'],
    ['Hi there 👋', null],
    ['Hello, I’m a developer', null],
    ['About Me', null],
    ['Core Skills', null],
  ])('reads the heading "%s" as the name %s', (heading, name) => {
    expect(nameFromHeading(heading)).toBe(name);
  });

  it('finds a greeting in a later heading when the first one is a banner image', () => {
    const text = '# ![banner](https://example.com/b.png)\n\n## Hi there, I’m Kai Moana\n\nSurfer and SRE\n';
    expect(fromText(text)).toMatchObject({ name: 'Kai Moana', headline: 'Surfer and SRE' });
  });

  it('does not take a role or page title for a name', () => {
    expect(fromText('# Software Engineer\n\nHello\n', 'kim-lee.md').name).toBe('kim-lee');
    expect(fromText('# Welcome\n', 'kim-lee.md').name).toBe('kim-lee');
  });

  it('falls back to the handle as written (never split into words) when nothing names the person', () => {
    expect(fromText('# Hi there 👋\n\nI build things\n', 'jane_doe-smith.md')).toMatchObject({
      name: 'jane_doe-smith',
      nameSource: 'handle',
      id: 'jane-doe-smith',
      nameSectionId: null,
    });
  });

  it('handles a headline ending in a hard break with trailing spaces', () => {
    expect(fromText('# Ann Lee\n\nStaff Engineer  \nsecond line\n').headline).toBe('Staff Engineer');
  });

  it('slugs a front matter id and keeps accents out of ids', () => {
    expect(fromText('---\nid: Jürgen Groß\n---\n# X\n').id).toBe('jurgen-gross');
  });

  it('warns about a front matter key of the wrong type and keeps the others', () => {
    const identity = fromText('---\nname: Al\naliases: {a: 1}\nlisted: maybe\n---\n');
    expect(identity.name).toBe('Al');
    expect(identity.listed).toBe(true);
    expect(identity.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('"aliases"'),
      expect.stringContaining('"listed"'),
    ]);
  });

  it('reads `visibility: private` as every contact kind private', () => {
    const { visibility } = fromText('---\nvisibility: private\n---\n');
    expect(visibility.email).toBe('private');
    expect(visibility.linkedin).toBe('private');
  });

  it.each([
    [
      'kmensah.md',
      'Kofi Mensah',
      'greeting',
      'a greeting in the first paragraph, past a heading that is not a name',
    ],
    ['priya-codes.md', 'Priya', 'greeting', 'an <h1> greeting with a :wave: shortcode'],
    ['kikicss.md', 'KiKi', 'greeting', '"Hey! This is KiKi." (a weak intro right after a greeting)'],
    ['bo-dev.md', 'Bo', 'greeting', '"Hey, It\'s Bo!"'],
    ['yuna-dev.md', 'Yuna', 'greeting', '"I\'m {Yuna/yuna-dev}!" (the name, not the handle beside it)'],
    ['hlarsen.md', 'Henrik Larsen', 'greeting', 'a fuller name in prose over the first name in the heading'],
    ['mtanaka.md', 'Mei Tanaka', 'heading', '"# Mei Tanaka / @mtanaka" (name and handle in the title)'],
    ['rafalima.md', 'Rafael Lima', 'code', 'a greeting printed in a code block'],
    ['ivandev.md', 'Иван', 'code', 'a code-mode bio (self.name = "…")'],
    ['xiaoleo.md', 'Leo', 'image-alt', 'a stats card alt ("Leo\'s github stats")'],
    ['KarlaNunes.md', 'Karla Nunes', 'image-alt', 'a header image alt ("Image showing Karla Nunes, …")'],
    ['MartaKowalska.md', 'Marta Kowalska', 'prose', 'a footer whose words spell the handle'],
    ['kenito.md', 'Ken Ito', 'greeting', 'a readme-typing-svg line'],
    ['dmitry-k.md', 'Дмитрий', 'greeting', 'a Russian greeting ("Меня зовут …")'],
    ['lucbdx.md', 'Luc', 'greeting', 'a French greeting ("Moi c\'est …") under a later heading'],
  ])('reads the name from %s as %s (%s): %s', (file, name, nameSource) => {
    expect(identityOf(patterns, file)).toMatchObject({ name, nameSource });
  });

  it.each([
    ['qzhang.md', 'an acronym heading ("## TLDR") and "Top Repositories"'],
    ['Sora-Kumo.md', 'a handle written with a hyphen (never split into words) and topic headings'],
  ])('uses the handle %s when the text states no name: %s', (file) => {
    expect(identityOf(patterns, file)).toMatchObject({ name: file.replace('.md', ''), nameSource: 'handle' });
  });

  it.each([
    ['Hola, soy Lucía Fernández y trabajo en Madrid', 'Lucía Fernández'],
    ['¡Hola! Mi nombre es Ana Ruiz.', 'Ana Ruiz'],
    ['Olá, eu sou João', 'João'],
    ['Je m’appelle Amélie Durand', 'Amélie Durand'],
    ['Hallo, ich bin Jürgen Groß, Entwickler', 'Jürgen Groß'],
    ['Привет, я Саша!', 'Саша'],
    ['我是秋风，一名前端', '秋风'],
    ['私は田中です', '田中'],
    ['Hey there! I’m Jo.', 'Jo'],
    ['- 👋 Hi, I’m @janedoe', 'janedoe'],
    ['Hello, my name is Rashmi Jadhav and I am a student', 'Rashmi Jadhav'],
    ['Oiii eu sou a Marina Lopes, criadora de conteúdo!', 'Marina Lopes'],
    ['Holaaa, soy la Carmen Vidal', 'Carmen Vidal'],
    ['Heyyy, I’m Theo Brandt', 'Theo Brandt'],
  ])('reads the name in "%s" as %s', (text, name) => {
    expect(nameInText(text, { handle: 'janedoe' })).toBe(name);
  });

  it.each([
    "I'm a Software Engineer",
    "I'm currently learning Rust",
    'This is my GitHub profile',
    "I'm Brazilian",
    'I am Google Developer Expert',
    'Ich bin Softwareentwickler aus Berlin',
    'Soy Desarrollador Web',
    '我是前端工程师',
    '我是程序员',
    'Hi, I’m a developer',
  ])('leaves no name (and no residue) in "%s"', (text) => {
    expect(nameInText(text, { handle: 'janedoe' })).toBeNull();
  });

  it('reads a first "## Jane Doe" among other "##" sections, but not a lone topic word there', () => {
    expect(fromText('## Jane Doe\n\nBackend dev.\n\n## Skills\n\n- Go\n', 'jdoe.md').name).toBe('Jane Doe');
    expect(fromText('## Roadmap\n\nSoon.\n\n## Skills\n\n- Go\n', 'jdoe.md').name).toBe('jdoe');
  });

  it('does not read a lowercase word after a weak intro in a heading as a name', () => {
    expect(nameFromHeading('This is awesome')).toBeNull();
    expect(nameFromHeading("Hi I'm qiufeng 👋")).toBe('qiufeng');
  });

  it('finds words that spell the handle, and not the handle itself split at a hyphen', () => {
    expect(handleSpelledIn('waylon walker header', 'WaylonWalker')).toBe('Waylon Walker');
    expect(handleSpelledIn('Tetsuo Koyama github stats', 'tkoyama010')).toBe('Tetsuo Koyama');
    expect(handleSpelledIn("I'm Ryo Kawamata", 'kawamataryo')).toBe('Ryo Kawamata');
    expect(handleSpelledIn('profile of Hutaba-Makura', 'Hutaba-Makura')).toBeNull();
  });
});
