// `/people language:spanish` ("who speaks spanish", "quem fala inglês"): who speaks a language, each with
// their own languages line; a language no table row names is said plainly, never read as a skill.
import type { HandlerContext } from './handlers/handler.js';
import { languageMatches } from './language-people.js';
import { filtered, listed, type PeopleReply } from './people-filter-reply.js';
import { quoted } from './reply-parts.js';
import { spokenLanguageNamed } from './spoken-language-names.js';

/** People named in one answer at most; the renderers page a long list. */
const MAX_PEOPLE = 100;

export function languageReply(context: HandlerContext, asked: string): PeopleReply {
  const language = spokenLanguageNamed(asked);
  if (!language)
    return filtered(context, {
      title: `Who speaks ${asked.trim()}`,
      description: `${quoted(asked)} is not a language I know the names of: try its English name, e.g. /people language:spanish.`,
      blocks: [],
      people: [],
    });
  const all = languageMatches(context.index, language);
  const matches = all.slice(0, MAX_PEOPLE);
  const label = language.language.label;
  return filtered(context, {
    title: `Who speaks ${label}`,
    description:
      all.length === 0
        ? `No one's profile says they speak ${label}.`
        : `${all.length} ${all.length === 1 ? 'person says they speak' : 'people say they speak'} ${label}.`,
    blocks:
      matches.length > 0
        ? [{ type: 'list', items: matches.map((m) => `${m.profile.name} — ${m.line}`) }]
        : [],
    people: matches.map((m) => listed(m.profile, m.line, 'language')),
    total: all.length,
  });
}
