// Adding a command is its definition and its handler (plus docs): the fixture `/blurb`, with an option
// no other command has, is parsed, answered, autocompleted, paged, listed in help and registered on
// Discord and Slack without any other file knowing about it.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { commandSet } from '../../../commands/command-set.js';
import { COMMANDS } from '../../../commands/index.js';
import { createEngine } from '../../../src/engine/create-engine.js';
import type { Engine } from '../../../src/engine/engine.js';
import { HANDLERS } from '../../../src/engine/handlers/index.js';
import type { Invocation } from '../../../src/engine/invocation.js';
import { commandPayloads } from '../../../src/platforms/discord/command-payload.js';
import { createPageTokens } from '../../../src/platforms/discord/page-token.js';
import { slackManifest } from '../../../src/platforms/slack/manifest.js';
import { loadProfiles } from '../../../src/profiles/store/load-profiles.js';
import { createProfileIndex } from '../../../src/search/profile-index.js';
import { blurb } from '../../fixtures/commands/blurb.js';
import { blurb as blurbHandler } from '../../fixtures/commands/handlers/blurb.js';
import { generateIndex, ROOT } from './command-index.js';

const FIXTURES = join(ROOT, 'test/fixtures/commands');
const set = commandSet([...COMMANDS, blurb]);
let engine: Engine;
const ask = (line: string) => engine.answer(engine.parse(line, { platform: 'shell' }));

beforeAll(async () => {
  const { profiles } = await loadProfiles(join(ROOT, 'test/fixtures/team'));
  const index = createProfileIndex(profiles);
  engine = createEngine({
    index: () => index,
    defaultProfile: null,
    contactEphemeral: true,
    commands: { set, handlers: { ...HANDLERS, blurb: blurbHandler } },
  });
});

describe('a command added as a definition and a handler', () => {
  it('is picked up by the registry generator from its two files', async () => {
    const index = await generateIndex({ commandsDir: FIXTURES, handlersDir: join(FIXTURES, 'handlers') });
    expect(index.problems).toEqual([]);
    expect(index.commandList.text).toContain("import { blurb } from './blurb.js';");
    expect(index.commandList.text).toContain('export const COMMAND_LIST = [blurb] as const;');
    expect(index.handlerIndex.text).toContain("import { blurb } from './blurb.js';");
    expect(index.handlerIndex.text).toContain('export const HANDLERS: HandlerMap = { blurb };');
  });

  it('is parsed with and without a slash, by position and by its new option name', () => {
    const parse = (line: string) => {
      const { command, args } = engine.parse(line, { platform: 'shell' });
      return { command, args };
    };
    expect(parse('/blurb ana')).toEqual({ command: 'blurb', args: { person: 'ana' } });
    expect(parse('blurb ana')).toEqual({ command: 'blurb', args: { person: 'ana' } });
    expect(parse('/blurb ana style:long')).toEqual({
      command: 'blurb',
      args: { person: 'ana', style: 'long' },
    });
    expect(parse('/blurb style:long person:diego')).toEqual({
      command: 'blurb',
      args: { person: 'diego', style: 'long' },
    });
  });

  it('is answered by its handler', () => {
    const short = ask('/blurb ana');
    expect(short).toMatchObject({
      kind: 'profile',
      title: 'Ana Souza',
      description: 'iOS Developer',
      blocks: [],
    });
    expect(ask('/blurb ana style:long').blocks).toEqual([
      { type: 'text', heading: 'Top skills', text: 'Swift, SwiftUI, Objective-C' },
    ]);
  });

  it('gets follow-ups that keep its options when the person is unknown', () => {
    const reply = ask('/blurb diana style:long');
    expect(reply.kind).toBe('not_found');
    expect(reply.suggestions[0]).toBe('/blurb style:long person:ana');
  });

  it('completes its person option from the people loaded, and its name in /help', () => {
    const people = engine.autocomplete({
      command: 'blurb' as never,
      option: 'person',
      value: 'di',
      args: {},
    });
    expect(people.map((c) => c.value)).toEqual(['diego-alvarez']);
    const names = engine.autocomplete({ command: 'help', option: 'command', value: 'bl', args: {} });
    expect(names).toEqual([
      { name: "blurb — Show a person's blurb: name and headline on one line", value: 'blurb' },
    ]);
    expect(
      engine.autocomplete({ command: 'blurb' as never, option: 'style' as never, value: 'l', args: {} }),
    ).toEqual([]);
  });

  it('is listed in /help in its declared place (last: order 9999)', () => {
    const listing = ask('/help');
    const fields = listing.blocks[0]?.type === 'fields' ? listing.blocks[0].fields.map((f) => f.name) : [];
    expect(fields).toHaveLength(COMMANDS.length + 1);
    expect(fields.at(-1)).toBe('/blurb [person] [style:long]');
    expect(ask('/help blurb').title).toBe('/blurb');
  });

  it('keeps its new option through a paging button', async () => {
    const tokens = createPageTokens({ commands: set });
    const question = { command: 'blurb', args: { person: 'ana', style: 'long' } } as unknown as Invocation;
    const decoded = await tokens.decode(tokens.encode(question, 2));
    expect(decoded).toEqual({
      question: { command: 'blurb', args: { person: 'ana', style: 'long' } },
      page: 2,
    });
    const long = {
      ...question,
      args: { person: 'ana', style: 'long', query: 'x'.repeat(120) },
    } as Invocation;
    const kept = await tokens.decode(tokens.encode(long, 1));
    expect(kept?.question.args).toEqual(long.args);
  });

  it('is registered as a Discord command and a Slack slash command', () => {
    const discord = commandPayloads(set.list).find((c) => c.name === 'blurb');
    expect(discord?.options).toEqual([
      { type: 3, name: 'person', description: 'Name, handle or alias', required: false, autocomplete: true },
      {
        type: 3,
        name: 'style',
        description: 'short (name and headline) or long (with top skills)',
        required: false,
        autocomplete: false,
      },
    ]);
    const slack = slackManifest({ prefix: 'pa-', socketMode: true, commands: set.list });
    expect(slack.features.slash_commands).toContainEqual({
      command: '/pa-blurb',
      description: "Show a person's blurb: name and headline on one line",
      usage_hint: '[person] [style:long]',
      should_escape: false,
    });
  });

  it('leaves the built-in commands as they were', () => {
    expect(set.list.filter((c) => c.name !== 'blurb')).toEqual(COMMANDS);
  });
});
