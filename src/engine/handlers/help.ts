// `help`: generated from the command list; `help <command>` shows usage, options and examples.
import { type CommandSet, findCommand } from '../../../commands/index.js';
import { knownTechnology } from '../../search/known-technology.js';
import type { ProfileIndex } from '../../search/search-types.js';
import { commandExamples, freeTextExamples } from '../command-examples.js';
import { stripMentions } from '../normalize-question.js';
import type { Reply } from '../reply.js';
import { quoted, replyDefaults, usageLine } from '../reply-parts.js';
import type { Handler } from './handler.js';
import { whoknows } from './whoknows.js';

export const help: Handler = (context) => {
  const { invocation, index, commands } = context;
  const asked = invocation.args.command?.trim().replace(/^\//, '') ?? '';
  const command = asked ? commands.find(asked) : undefined;
  // "help with rust", "help me with python": typed as a sentence, a technology is a who-knows question.
  const typed = stripMentions(invocation.text ?? '');
  if (!command && asked && typed && !typed.startsWith('/') && knownTechnology(asked, () => undefined))
    return whoknows({
      ...context,
      invocation: { ...invocation, command: 'whoknows', args: { skill: asked } },
      command: findCommand('whoknows')!,
    });
  if (!command) return listing(asked, index, commands);
  const examples = commandExamples(command, index);
  const options = command.options.map((o) => ({
    name: `${o.name}${o.required ? '' : ' (optional)'}`,
    value: o.description,
  }));
  return {
    ...replyDefaults(),
    kind: 'help',
    ephemeral: true,
    title: `/${command.name}`,
    description: command.description,
    blocks: [
      { type: 'text', heading: 'Usage', text: usageLine(command) },
      ...(options.length > 0 ? [{ type: 'fields' as const, heading: 'Options', fields: options }] : []),
      { type: 'list', heading: 'Examples', items: examples },
    ],
    suggestions: examples,
    data: { command: command.name },
  };
};

function listing(unknown: string, index: ProfileIndex, commands: CommandSet): Reply {
  return {
    ...replyDefaults(),
    kind: 'help',
    ephemeral: true,
    title: 'What you can ask',
    description: unknown
      ? `There is no command ${quoted(unknown)}. These are the commands:`
      : 'Commands (the person is optional when only one profile is loaded or DEFAULT_PROFILE is set):',
    blocks: [
      {
        type: 'fields',
        fields: commands.list.map((c) => ({ name: usageLine(c), value: c.description })),
      },
      { type: 'list', heading: 'Or just ask', items: freeTextExamples(index) },
    ],
    suggestions: ['/help skills', '/people'],
    data: { command: null },
  };
}
