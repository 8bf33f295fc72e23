// The command list is data: it must be valid for Discord and Slack at once, and consistent.
import { describe, expect, it } from 'vitest';
import { commandSet } from '../../../commands/command-set.js';
import { CommandSchema, defineCommand } from '../../../commands/define-command.js';
import { COMMANDS, findCommand, isCommandName, OPTION_NAMES } from '../../../commands/index.js';

const valid = {
  description: 'x',
  order: 1,
  positional: [],
  visibility: 'public',
  usage: '',
  examples: ['/x'],
} as const;

describe('commands', () => {
  it('lists the commands in their declared order, each order used once', () => {
    const orders = COMMANDS.map((c) => c.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(new Set(orders).size).toBe(orders.length);
  });

  it('has every definition valid under the stricter of Discord and Slack limits', () => {
    for (const command of COMMANDS) expect(CommandSchema.safeParse(command).success).toBe(true);
  });

  it('fits the Slack 32-character command limit even with a 7-character prefix', () => {
    for (const command of COMMANDS) expect(`/${'x'.repeat(7)}${command.name}`.length).toBeLessThanOrEqual(32);
  });

  it('keeps the contract option names person, section, skill, query and command (more may be added)', () => {
    expect(OPTION_NAMES).toEqual(expect.arrayContaining(['command', 'person', 'query', 'section', 'skill']));
  });

  it('gives every command examples that start with its own slash command', () => {
    for (const command of COMMANDS) {
      for (const example of command.examples) expect(example.startsWith(`/${command.name}`)).toBe(true);
    }
  });

  it('keeps contact answers ephemeral by default', () => {
    expect(findCommand('contact')?.visibility).toBe('ephemeral');
  });

  it('finds commands case-insensitively and rejects unknown names', () => {
    expect(findCommand('SKILLS')?.name).toBe('skills');
    expect(findCommand('nope')).toBeUndefined();
    expect(isCommandName('whoknows')).toBe(true);
    expect(isCommandName('who')).toBe(false);
  });

  it('refuses a definition with an optional option before a required one', () => {
    expect(() =>
      defineCommand({
        ...valid,
        name: 'broken',
        options: [
          { name: 'person', description: 'p', required: false, maxLength: 100, read: 'person' },
          { name: 'skill', description: 's', required: true, maxLength: 100, read: 'topic' },
        ],
      }),
    ).toThrow(/required options must come before optional ones/);
  });

  it('refuses an example or folder example that does not start with the command', () => {
    expect(() =>
      defineCommand({
        ...valid,
        name: 'ok',
        options: [],
        examples: ['/ok'],
        folderExamples: ['/other {person}'],
      }),
    ).toThrow(/every example starts with the command itself/);
  });

  it('refuses names Discord would reject', () => {
    expect(() => defineCommand({ ...valid, name: 'Has Spaces', options: [] })).toThrow(/lowercase letters/);
  });

  it('refuses a positional option the command does not have, and two without a person', () => {
    const skill = { name: 'skill', description: 's', required: true, maxLength: 100, read: 'topic' } as const;
    const query = { name: 'query', description: 'q', required: true, maxLength: 300, read: 'text' } as const;
    const stray = { ...valid, name: 'stray', options: [skill], positional: ['query'] as never };
    expect(() => defineCommand(stray)).toThrow(/positional names options of this command/);
    expect(() =>
      defineCommand({ ...valid, name: 'pair', options: [skill, query], positional: ['skill', 'query'] }),
    ).toThrow(/one of them must be "person"/);
  });

  it('refuses a list where one option name is declared two ways or two commands share a name or order', () => {
    const a = defineCommand({
      ...valid,
      name: 'aa',
      examples: ['/aa'],
      options: [{ name: 'team', description: 't', required: false, maxLength: 50, read: 'text' }],
    });
    const b = defineCommand({
      ...valid,
      name: 'bb',
      examples: ['/bb'],
      order: 2,
      options: [{ name: 'team', description: 't', required: false, maxLength: 80, read: 'text' }],
    });
    expect(() => commandSet([a, b])).toThrow(/option "team" of "bb" differs from "aa" in maxLength/);
    expect(() => commandSet([a, { ...a, order: 3 }])).toThrow(/two commands are called "aa"/);
    expect(() => commandSet([a, { ...a, name: 'cc', options: [] }])).toThrow(/both have order 1/);
  });
});
