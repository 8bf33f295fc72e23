// The command list is data: it must be valid for Discord and Slack at once, and consistent.
import { describe, expect, it } from 'vitest';
import { CommandSchema, defineCommand } from '../../../commands/define-command.js';
import { COMMANDS, findCommand, isCommandName } from '../../../commands/index.js';

describe('commands', () => {
  it('lists the nine commands in help order', () => {
    expect(COMMANDS.map((c) => c.name)).toEqual([
      'profile',
      'skills',
      'contact',
      'experience',
      'section',
      'search',
      'whoknows',
      'people',
      'help',
    ]);
  });

  it('has every definition valid under the stricter of Discord and Slack limits', () => {
    for (const command of COMMANDS) expect(CommandSchema.safeParse(command).success).toBe(true);
  });

  it('fits the Slack 32-character command limit even with a 7-character prefix', () => {
    for (const command of COMMANDS) expect(`/${'x'.repeat(7)}${command.name}`.length).toBeLessThanOrEqual(32);
  });

  it('uses the contract option names: person, section, skill, query, command', () => {
    const names = new Set(COMMANDS.flatMap((c) => c.options.map((o) => o.name)));
    expect([...names].sort()).toEqual(['command', 'person', 'query', 'section', 'skill']);
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
        name: 'broken',
        description: 'x',
        options: [
          { name: 'person', description: 'p', required: false, autocomplete: false },
          { name: 'skill', description: 's', required: true, autocomplete: false },
        ],
        visibility: 'public',
        usage: '',
        examples: ['/broken'],
      }),
    ).toThrow(/required options must come before optional ones/);
  });

  it('refuses names Discord would reject', () => {
    expect(() =>
      defineCommand({
        name: 'Has Spaces',
        description: 'x',
        options: [],
        visibility: 'public',
        usage: '',
        examples: ['/x'],
      }),
    ).toThrow(/lowercase letters/);
  });
});
