// The free-text table: each phrasing → the command and arguments it must become.
import { describe, expect, it } from 'vitest';
import type { LineDeps } from '../../../src/engine/parse-line.js';
import { parseLine } from '../../../src/engine/parse-line.js';

/** Names the table treats as people (the real index is exercised in engine.test.ts). */
const PEOPLE = new Map([
  ['rajat', 0.9],
  ['rajat jog', 1],
  ['rajdeep', 0.9],
  ['rajdeep sengupta', 1],
  ['rajdep', 0.7],
]);
const deps: LineDeps = {
  personScore: (text) => PEOPLE.get(text.toLowerCase()) ?? null,
  hasImplicitPerson: () => false,
};

const TABLE: [string, string, Record<string, string>][] = [
  // skills
  ["what are rajat's skills", 'skills', { person: 'rajat' }],
  ['what are rajat’s skills?', 'skills', { person: 'rajat' }],
  ["rajat's skills", 'skills', { person: 'rajat' }],
  ['skills of rajat', 'skills', { person: 'rajat' }],
  ['What skills does Rajdeep have?', 'skills', { person: 'rajdeep' }],
  ["show me rajdeep's tech stack", 'skills', { person: 'rajdeep' }],
  ['what can rajat do', 'skills', { person: 'rajat' }],
  // one person's stack asked as team members chat, and in other languages
  ['what does rajdeep code in', 'skills', { person: 'rajdeep' }],
  ['what does rajat build stuff with', 'skills', { person: 'rajat' }],
  ["rajat's tech", 'skills', { person: 'rajat' }],
  ['which frameworks does rajdeep know', 'skills', { person: 'rajdeep' }],
  ['quelles technos utilise rajat', 'skills', { person: 'rajat' }],
  ['welche Technologien nutzt rajdeep', 'skills', { person: 'rajdeep' }],
  ['quais ferramentas o rajat usa', 'skills', { person: 'rajat' }],
  ['rajat用什么技术', 'skills', { person: 'rajat' }],
  // contact
  ['how do I reach rajdeep', 'contact', { person: 'rajdeep' }],
  ['how can I contact rajat?', 'contact', { person: 'rajat' }],
  ['rajdeep contact', 'contact', { person: 'rajdeep' }],
  ["rajat's contact", 'contact', { person: 'rajat' }],
  ['email for rajdeep', 'contact', { person: 'rajdeep' }],
  ["what's rajdeep's email?", 'contact', { person: 'rajdeep' }],
  ['how do I get in touch with Rajdeep Sengupta', 'contact', { person: 'rajdeep sengupta' }],
  ['contact info for rajat', 'contact', { person: 'rajat' }],
  ["find rajdeep's email", 'contact', { person: 'rajdeep' }],
  ["what's rajat's linkedin", 'contact', { person: 'rajat' }],
  ['rajdeep github', 'contact', { person: 'rajdeep' }],
  // who knows
  ['who knows terraform?', 'whoknows', { skill: 'terraform' }],
  ['does anyone know django', 'whoknows', { skill: 'django' }],
  ['anyone with rust experience?', 'whoknows', { skill: 'rust' }],
  ['who can help with postgres', 'whoknows', { skill: 'postgres' }],
  ['Is there anyone who knows Kubernetes?', 'whoknows', { skill: 'kubernetes' }],
  ['who has experience with clickhouse', 'whoknows', { skill: 'clickhouse' }],
  ['experts in aws', 'whoknows', { skill: 'aws' }],
  ['find someone who knows react', 'whoknows', { skill: 'react' }],
  ['who is good at python', 'whoknows', { skill: 'python' }],
  ["who's good at django?", 'whoknows', { skill: 'django' }],
  ['is anyone familiar with clickhouse', 'whoknows', { skill: 'clickhouse' }],
  ['people who know python', 'whoknows', { skill: 'python' }],
  // one person and a skill
  ['what does Rajdeep know about Terraform?', 'whoknows', { person: 'rajdeep', skill: 'terraform' }],
  ['does rajat know django', 'whoknows', { person: 'rajat', skill: 'django' }],
  ['is rajdeep good at rust?', 'whoknows', { person: 'rajdeep', skill: 'rust' }],
  // profile
  ['tell me about rajat', 'profile', { person: 'rajat' }],
  ['who is rajdeep', 'profile', { person: 'rajdeep' }],
  ["who's Rajat Jog?", 'profile', { person: 'rajat jog' }],
  ['rajdeep', 'profile', { person: 'rajdeep' }],
  ["rajat's profile", 'profile', { person: 'rajat' }],
  // sections
  ['what does rajdeep value', 'section', { person: 'rajdeep', section: 'values' }],
  ["rajdeep's values", 'section', { person: 'rajdeep', section: 'values' }],
  ['what is rajat focused on', 'section', { person: 'rajat', section: 'focus' }],
  ["rajat's certifications", 'section', { person: 'rajat', section: 'certifications' }],
  ['what certifications does rajat have', 'section', { person: 'rajat', section: 'certifications' }],
  ["rajat's machine learning", 'section', { person: 'rajat', section: 'machine learning' }],
  [
    "show rajat's engineering principles section",
    'section',
    { person: 'rajat', section: 'engineering principles' },
  ],
  // experience
  ['what has rajdeep worked on', 'experience', { person: 'rajdeep' }],
  ['rajdeep experience', 'experience', { person: 'rajdeep' }],
  ["rajat's work history", 'experience', { person: 'rajat' }],
  // search
  ['search timezone scheduling', 'search', { query: 'timezone scheduling' }],
  ['find event driven', 'search', { query: 'event driven' }],
  ['search for cache invalidation', 'search', { query: 'cache invalidation' }],
  ['idempotency and audit logging', 'search', { query: 'idempotency and audit logging' }],
  // help and people
  ['help', 'help', {}],
  ['help whoknows', 'help', { command: 'whoknows' }],
  ['who is here', 'people', {}],
  ['list people', 'people', {}],
  ['who do you know?', 'people', {}],
  // commands typed as text
  ['/skills rajdeep', 'skills', { person: 'rajdeep' }],
  ['skills rajdeep', 'skills', { person: 'rajdeep' }],
  ['/search event driven', 'search', { query: 'event driven' }],
  ['/section rajat values', 'section', { person: 'rajat', section: 'values' }],
  [
    '/section rajat jog engineering values',
    'section',
    { person: 'rajat jog', section: 'engineering values' },
  ],
  ['/section values rajdeep', 'section', { person: 'rajdeep', section: 'values' }],
  ['/section person:rajat section:values', 'section', { person: 'rajat', section: 'values' }],
  ['/search query:event driven person:rajdeep', 'search', { query: 'event driven', person: 'rajdeep' }],
  ['/whoknows rust', 'whoknows', { skill: 'rust' }],
  ['/contact rajdep', 'contact', { person: 'rajdep' }],
  ['/people', 'people', {}],
  ['/help section', 'help', { command: 'section' }],
  ['/frobnicate now', 'help', { command: 'frobnicate' }],
  // mentions, case and punctuation
  ['@bot who knows Rust?', 'whoknows', { skill: 'rust' }],
  ['<@123456789012345678> rajdeep contact', 'contact', { person: 'rajdeep' }],
  ['<@U0ABC|assistant>, what are Rajat’s skills?!', 'skills', { person: 'rajat' }],
  ['Hey, can you tell me about Rajdeep?', 'profile', { person: 'rajdeep' }],
  // an emoji before the question, a question inside a request, and where someone works in other languages
  ['👋 how do I reach rajat', 'contact', { person: 'rajat' }],
  ['🙏🏽 who knows rust?', 'whoknows', { skill: 'rust' }],
  ['hi! could you tell me where rajdeep works these days?', 'experience', { person: 'rajdeep' }],
  ['wo arbeitet rajat?', 'experience', { person: 'rajat' }],
  ['¿dónde trabaja rajdeep ahora?', 'experience', { person: 'rajdeep' }],
  ['onde trabalha rajat?', 'experience', { person: 'rajat' }],
  ['où travaille rajdeep actuellement ?', 'experience', { person: 'rajdeep' }],
];

describe('free-text intent table', () => {
  it('covers at least 40 phrasings', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
  });

  it.each(TABLE)('reads %j as %s %j', (input, command, args) => {
    expect(parseLine(input, deps)).toEqual({ command, args });
  });
});

describe('section argument splitting', () => {
  it('treats the whole text as the section when a person is implied', () => {
    const implied = { ...deps, hasImplicitPerson: () => true };
    expect(parseLine('/section engineering values', implied)).toEqual({
      command: 'section',
      args: { section: 'engineering values' },
    });
  });

  it('takes the first word as the person when nobody matches and nobody is implied', () => {
    expect(parseLine('/section zed values', deps)).toEqual({
      command: 'section',
      args: { person: 'zed', section: 'values' },
    });
  });
});

describe('empty input', () => {
  it('reads an empty line or a bare mention as help', () => {
    expect(parseLine('', deps)).toEqual({ command: 'help', args: {} });
    expect(parseLine('<@123456789012345678>', deps)).toEqual({ command: 'help', args: {} });
  });
});
