// Finds the person a command is about: the named one, else DEFAULT_PROFILE, else the only profile.
// Unknown, ambiguous and missing people become replies (never exceptions, never a silent pick).
import type { OptionName } from '../../commands/index.js';
import type { Profile } from '../profiles/model/profile.js';
import { lookAlikeKey } from '../text/look-alike-key.js';
import type { HandlerContext } from './handlers/handler.js';
import { personLabel } from './person-label.js';
import type { Reply } from './reply.js';
import { missingArgument, orList, personRef, quoted, replyDefaults, shortName } from './reply-parts.js';

export type Target = { ok: true; profile: Profile } | { ok: false; reply: Reply };

export function resolveTarget(context: HandlerContext): Target {
  const { index, invocation, command, defaultProfile } = context;
  const asked = invocation.args.person?.trim();
  if (asked) return resolveNamed(context, asked);
  if (defaultProfile) {
    const byId = index.get(defaultProfile);
    if (byId) return { ok: true, profile: byId };
    const resolved = index.resolvePerson(defaultProfile);
    if (resolved.status === 'found') return { ok: true, profile: resolved.value };
  }
  const everyone = index.all();
  if (everyone.length === 1) return { ok: true, profile: everyone[0]! };
  const listed = everyone.filter((p) => p.listed);
  return {
    ok: false,
    reply: {
      ...missingArgument(command, 'whose?', 'Name a person', 'missing person', context),
      candidates: listed.slice(0, 10).map(personRef),
      suggestions: listed.slice(0, 3).map((p) => followUp(context, shortName(index, p))),
    },
  };
}

/** The asked name as shown back: without the comma or stop a list or sentence left on it ("ana," → "ana"). */
function shownName(asked: string): string {
  let end = asked.length;
  while (end > 0 && ' ,;:.!?'.includes(asked[end - 1]!)) end--;
  return end > 0 ? asked.slice(0, end) : asked;
}

function resolveNamed(context: HandlerContext, asked: string): Target {
  const { index } = context;
  const resolved = index.resolvePerson(asked);
  if (resolved.status === 'found') return { ok: true, profile: resolved.value };
  const shown = quoted(shownName(asked));
  if (resolved.status === 'ambiguous') {
    // Names that look the same (the same name twice, or a Cyrillic а for an a) are told apart by id.
    const keys = resolved.candidates.map((p) => lookAlikeKey(p.name));
    const twin = (at: number) => keys.indexOf(keys[at]!) !== keys.lastIndexOf(keys[at]!);
    const names = resolved.candidates.map((p, at) => (twin(at) ? `${p.name} (${p.id})` : p.name));
    return {
      ok: false,
      reply: {
        ...replyDefaults(),
        kind: 'ambiguous',
        ephemeral: true,
        title: `Which ${shown}?`,
        description: `${shown} could be ${orList(names)}. Say which one.`,
        candidates: resolved.candidates.map(personRef),
        blocks: [{ type: 'list', items: resolved.candidates.map(personLabel) }],
        suggestions: resolved.candidates.map((p, at) =>
          followUp(context, twin(at) ? p.id : p.name.toLowerCase()),
        ),
        data: { query: asked },
      },
    };
  }
  const names = resolved.suggestions.map((p) => p.name);
  return {
    ok: false,
    reply: {
      ...replyDefaults(),
      kind: 'not_found',
      ephemeral: true,
      title: `No one called ${shown}`,
      description:
        names.length > 0
          ? `No one called ${shown}. Did you mean ${orList(names)}?`
          : `No one called ${shown}. Try /people to see who is here.`,
      candidates: resolved.suggestions.map(personRef),
      suggestions: [
        ...resolved.suggestions.slice(0, 3).map((p) => followUp(context, shortName(index, p))),
        '/people',
      ],
      data: { query: asked, what: 'person' },
    },
  };
}

/**
 * The same question about one named person, keeping the command's other arguments: by position when
 * the command takes them so with the person (`/section rajdeep values`), else by name
 * (`/whoknows skill:rust person:rajdeep`).
 */
function followUp({ command, invocation }: HandlerContext, person: string): string {
  const others = command.options
    .map((o) => o.name)
    .filter((name) => name !== 'person' && invocation.args[name as OptionName]);
  if (others.length === 0) return `/${command.name} ${person}`;
  const value = (name: string) => invocation.args[name as OptionName]!;
  if (command.positional.includes('person') && others.every((name) => command.positional.includes(name))) {
    const words = command.positional.map((name) => (name === 'person' ? person : value(name)));
    return `/${command.name} ${words.filter(Boolean).join(' ')}`;
  }
  return `/${command.name} ${others.map((name) => `${name}:${value(name)}`).join(' ')} person:${person}`;
}
