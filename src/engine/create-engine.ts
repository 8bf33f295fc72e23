// The engine: routes an invocation to its command's handler over the index of the moment, and
// turns typed lines into invocations. Pure: no I/O, no clock, no globals.
import { COMMAND_SET, type CommandName, type CommandSet } from '../../commands/index.js';
import type { ProfileIndex } from '../search/search-types.js';
import { withoutUnsafeCharacters } from '../text/unsafe-characters.js';
import { autocomplete } from './autocomplete.js';
import type { Engine } from './engine.js';
import type { Handler } from './handlers/handler.js';
import { HANDLERS } from './handlers/index.js';
import { inputProblem, MAX_OPTION_CHARS, oversizedCompletion, tooLongReply } from './input-limit.js';
import type { Invocation } from './invocation.js';
import { parseLine } from './parse-line.js';
import { rememberPeople } from './remember-people.js';
import type { Reply } from './reply.js';
import { namesExactly } from './search-person.js';
import { severalPeople } from './several-people.js';
import { severalQuestions } from './several-questions.js';
import { severalTopics, topicList } from './several-topics.js';
import { withTeamFallback } from './team-fallback.js';
import { withChatAccounts } from './with-chat-accounts.js';

export interface EngineOptions {
  /** Called once per answer: hot reload swaps the index between answers. */
  index: () => ProfileIndex;
  defaultProfile: string | null;
  contactEphemeral: boolean;
  /** The commands and their handlers: the built-in ones unless a test adds one. */
  commands?: { set: CommandSet; handlers: Readonly<Record<string, Handler>> };
}

export function createEngine(options: EngineOptions): Engine {
  const { defaultProfile, contactEphemeral } = options;
  const builtIn: Readonly<Record<string, Handler>> = HANDLERS;
  const { set: commands, handlers } = options.commands ?? { set: COMMAND_SET, handlers: builtIn };

  function answer(asked: Invocation): Reply {
    // The one gate every platform passes: over-long input is refused before any parsing or search.
    const early = inputProblem(asked);
    if (early) return tooLongReply(asked, early);
    // Controls and invisible characters (a bidi override would reorder the answer that echoes them) go.
    const invocation = withoutUnsafeInput(asked);
    // The parser and the handler often look up the same name (and a handler its short name again).
    // People given as mentions are found by their account wherever a name is looked up.
    const accounts = withChatAccounts(rememberPeople(options.index()), invocation.accounts);
    const { index } = accounts;
    const resolved = invocation.command ? invocation : parse(invocation.text ?? '', invocation, index);
    // Free text can name a skill or section longer than any real one: refused before it is matched.
    const late = resolved === invocation ? null : inputProblem(resolved);
    if (late) return tooLongReply(resolved, late);
    // "where does ana work and where does she live": each question answered, in one reply; a line
    // already read as several topics of one person ("ana's skills and email") is answered that way.
    const typed = invocation.text?.trim();
    const several =
      typed && !typed.startsWith('/') && !isTopicList(resolved)
        ? severalQuestions(typed, (question) => {
            const part = parse(question, invocation, index);
            const reply = inputProblem(part)
              ? tooLongReply(part, inputProblem(part)!)
              : answerOne(part, index);
            const read = part.command !== 'search' || reply.person !== null;
            return { read, reply, named: part.args.person ?? null };
          })
        : null;
    return accounts.explain(several ?? answerOne(resolved, index));
  }

  /** The answer to one parsed question. */
  function answerOne(resolved: Invocation, index: ProfileIndex): Reply {
    const name: CommandName = resolved.command ?? 'help';
    const command = commands.find(name)!;
    const context = { index, invocation: resolved, command, commands, defaultProfile, contactEphemeral };
    // "ravi's skills and email": each topic by its own command, in one reply.
    // "skills of ana and bo": the command for each person named, in one reply.
    const joined =
      (command.name === 'section' ? severalTopics(context, handlers) : null) ??
      severalPeople(context, handlers);
    // Unexpected exceptions propagate on purpose: the platform's dispatch logs them with context.
    const reply = joined ?? handlers[command.name]!(context);
    // Free text whose rule found no one: the people with a line sharing its words, if any.
    return withTeamFallback(context, reply);
  }

  function parse(
    line: string,
    base: Omit<Invocation, 'args' | 'command' | 'text'>,
    at = withChatAccounts(options.index(), base.accounts).index,
  ): Invocation {
    const { platform, user, community, accounts } = base;
    line = withoutUnsafeCharacters(line);
    const who = {
      platform,
      ...(user ? { user } : {}),
      ...(community ? { community } : {}),
      ...(accounts?.length ? { accounts } : {}),
    };
    // Too long to parse: left as text, which answer() refuses with the limit.
    if (inputProblem({ text: line, args: {} })) return { ...who, args: {}, text: line };
    // Several readers look up the same runs of words (a shared name costs a pass over its holders): once each.
    const people = rememberPeople(at);
    const intent = parseLine(
      line,
      {
        personScore: (text) => {
          // Longer than any name: not one, and not worth fuzzy-matching against every person.
          if (text.length > MAX_OPTION_CHARS.person) return null;
          const resolved = people.resolvePerson(text);
          if (resolved.status === 'found') return resolved.score;
          return resolved.status === 'ambiguous' ? 0 : null;
        },
        hasImplicitPerson: () => Boolean(defaultProfile) || at.size === 1,
        namesPerson: (text) => text.length <= MAX_OPTION_CHARS.person && namesExactly(people, text),
      },
      commands,
    );
    return { ...who, command: intent.command, args: intent.args, text: line };
  }

  return {
    commands: commands.list,
    answer,
    parse: (line, base) => parse(line, base),
    autocomplete: (request) =>
      oversizedCompletion(request)
        ? []
        : autocomplete(options.index(), withoutUnsafeInput(request), defaultProfile, commands),
  };
}

/** A section asked as a list of one person's topics ("skills and email"): already one reply for all of them. */
function isTopicList(invocation: Invocation): boolean {
  const section = invocation.args.section?.trim();
  return invocation.command === 'section' && Boolean(section && topicList(section));
}

/** `asked` with controls and invisible format characters gone from its text and every option value. */
function withoutUnsafeInput<T extends { args: Invocation['args']; text?: string; value?: string }>(
  asked: T,
): T {
  const args: Invocation['args'] = {};
  for (const [name, value] of Object.entries(asked.args) as [keyof Invocation['args'], string | undefined][])
    if (value !== undefined) args[name] = withoutUnsafeCharacters(value);
  return {
    ...asked,
    args,
    ...(asked.text !== undefined && { text: withoutUnsafeCharacters(asked.text) }),
    ...(asked.value !== undefined && { value: withoutUnsafeCharacters(asked.value) }),
  };
}
