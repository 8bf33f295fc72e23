// Privacy by construction: every command, with every kind of argument, and a set of free-text questions,
// rendered in every output format (text, JSON, Discord and Slack payloads, every page), plus autocomplete,
// over profiles with private contact details: none of those details appears anywhere.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OptionName } from '../../../commands/define-command.js';
import { COMMANDS } from '../../../commands/index.js';
import { toJson } from '../../../src/cli/ask.js';
import type { Invocation } from '../../../src/engine/invocation.js';
import type { Reply } from '../../../src/engine/reply.js';
import { renderDiscord } from '../../../src/render/discord.js';
import { renderSlack } from '../../../src/render/slack.js';
import { renderText } from '../../../src/render/text.js';
import { loadTestEngine, type TestEngine } from '../engine/load-test-engine.js';

const dir = join(import.meta.dirname, '../../fixtures/ops/privacy');

/** Every private detail in the fixtures, in each form a reader could recognise it. */
const PRIVATE_FORMS = [
  'jane.quiet@example.org',
  '555 0100 222',
  '5550100222',
  'omar.open@example.org',
  'linkedin.com/in/omar-open',
  'noor.h@example.com',
  'noor-h-example-com',
  '912-345-678',
  '912 345 678',
  '912345678',
  'noor_data',
  'noorgh',
  'noor-h-42',
];
/** Typed as arguments: the private values themselves, as someone fishing for them would. */
const TYPED_PRIVATE = [
  'jane.quiet@example.org',
  '+1 555 0100 222',
  'noor.h@example.com',
  'noor_data',
  'noorgh',
];
const PEOPLE = ['jane', 'janeq', 'omar', 'noor hidden', ''];
/** Values tried per option; an option not named here (a new one) gets the private values typed in. */
const ARGUMENTS: Partial<Record<OptionName, string[]>> = {
  person: PEOPLE,
  section: ['contact', 'reach me', 'projects', 'skills', 'notes', 'intro', ...TYPED_PRIVATE],
  skill: ['scala', 'haskell', 'email', ...TYPED_PRIVATE],
  query: ['email', 'phone', 'discord', 'github', 'linkedin', 'example.com', 'reach', ...TYPED_PRIVATE],
  command: [...COMMANDS.map((c) => c.name), ''],
};
const FREE_TEXT = [
  "show jane's contact section",
  "show noor's contact section",
  'search email jane',
  'search email omar',
  'search email noor',
  "what is jane's email",
  "what is noor's phone number",
  "what's omar's linkedin",
  'how do I reach jane',
  'how do I reach noor',
  'how can I contact omar',
  "noor's discord",
  "noor's github",
  'tell me about noor',
  'who knows scala?',
  'who knows haskell',
  'whoknows email',
  'does anyone know airflow',
  ...PEOPLE.filter(Boolean).flatMap((p) => [`/profile ${p}`, `/section ${p} contact`, `/contact ${p}`]),
  ...TYPED_PRIVATE.flatMap((v) => [`/search ${v}`, v, `whose email is ${v}`, `/whoknows ${v}`]),
];

/** Every invocation of every command: each option absent or filled with each candidate argument. */
function everyInvocation(): Invocation[] {
  const out: Invocation[] = [];
  for (const command of COMMANDS) {
    let combos: Invocation['args'][] = [{}];
    for (const option of command.options) {
      combos = combos.flatMap((args) =>
        (ARGUMENTS[option.name] ?? ['', ...TYPED_PRIVATE]).map((value) =>
          value ? { ...args, [option.name]: value } : args,
        ),
      );
    }
    for (const args of combos) out.push({ platform: 'discord', command: command.name, args });
  }
  return out;
}

/** Every string a user could be shown, with renderer escapes (`\_`, `&amp;`) undone so none hides a value. */
function shownStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string')
    out.push(
      value.replace(/\\(.)/g, '$1').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
    );
  else if (Array.isArray(value)) for (const v of value) shownStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) shownStrings(v, out);
  return out;
}

function everyFormat(reply: Reply): unknown[] {
  const formats: unknown[] = [renderText(reply), toJson(reply)];
  const discord = renderDiscord(reply);
  for (let page = 0; page < discord.pageCount; page++) formats.push(renderDiscord(reply, { page }).payload);
  const slack = renderSlack(reply);
  for (let page = 0; page < slack.pageCount; page++) formats.push(renderSlack(reply, { page }).payload);
  return formats;
}

/**
 * The private forms in what `reply` shows. What the asker typed is taken out first: echoing their own
 * words back is no leak, and the loaded profiles are checked separately to hold no trace of them.
 */
function leaks(reply: Reply, typed: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of shownStrings(everyFormat(reply))) {
    let rest = text.toLowerCase();
    for (const own of typed) rest = rest.split(own.toLowerCase()).join(' ');
    for (const form of PRIVATE_FORMS) if (rest.includes(form.toLowerCase())) found.add(form);
  }
  return [...found];
}

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(dir);
});

describe('private contact details, asked every way', () => {
  it('are not in the loaded profiles at all, in any form', () => {
    const all = JSON.stringify(t.index.all()).toLowerCase();
    for (const form of PRIVATE_FORMS) expect(all).not.toContain(form.toLowerCase());
    expect(all).toContain('(private)');
  });

  it('appear in no answer of any command, in any output format', () => {
    const failures: string[] = [];
    const invocations = everyInvocation();
    expect(invocations.length).toBeGreaterThan(150);
    for (const invocation of invocations) {
      const reply = t.engine.answer(invocation);
      const found = leaks(reply, Object.values(invocation.args));
      if (found.length > 0)
        failures.push(`${invocation.command} ${JSON.stringify(invocation.args)}: ${found}`);
    }
    expect(failures).toEqual([]);
  });

  it('appear in no answer to free-text questions, in any output format', () => {
    const failures: string[] = [];
    for (const question of FREE_TEXT) {
      const reply = t.ask(question);
      const found = leaks(
        reply,
        TYPED_PRIVATE.filter((v) => question.includes(v)),
      );
      if (found.length > 0) failures.push(`${question}: ${found}`);
    }
    expect(failures).toEqual([]);
  });

  it('appear in no autocomplete choice', () => {
    const failures: string[] = [];
    for (const command of COMMANDS) {
      for (const option of command.options.filter((o) => o.complete)) {
        for (const typed of [
          '',
          'n',
          'no',
          'noor',
          'jane',
          'e',
          'em',
          'ema',
          'ph',
          '9',
          '5',
          'ex',
          'li',
          'gi',
        ]) {
          for (const person of PEOPLE) {
            const choices = t.engine.autocomplete({
              command: command.name,
              option: option.name as OptionName,
              value: typed,
              args: person ? { person } : {},
            });
            const lower = JSON.stringify(choices).toLowerCase();
            for (const form of PRIVATE_FORMS)
              if (lower.includes(form.toLowerCase()))
                failures.push(`${command.name}.${option.name} "${typed}": ${form}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('still shows the public details and the text around the private ones', () => {
    const shown = (line: string) => shownStrings(everyFormat(t.ask(line))).join('\n');
    expect(shown('/contact noor')).toContain('https://noor.example.dev');
    expect(shown('/contact jane')).toContain('https://github.com/janeq');
    const reach = shown('/section noor reach me');
    expect(reach).toContain('Email: (private)');
    expect(reach).toContain('Website: https://noor.example.dev');
    expect(shown('/section noor projects')).toContain('pipeline-kit: streaming ETL in Scala');
    expect(shown('/section jane contact')).toContain('Phone: (private)');
  });
});
