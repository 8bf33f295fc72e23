// `search`: ranked full-text hits over every section (of everyone, or of one person), with snippets.

import { findCommand } from '../../../commands/index.js';
import { knownTechnology } from '../../search/known-technology.js';
import { queryWords } from '../../search/section-search.js';
import { foldText } from '../../text/fold-text.js';
import { stripMentions } from '../normalize-question.js';
import { namedSpan } from '../person-question.js';
import { personScopedSearch } from '../person-scoped-search.js';
import type { Reply } from '../reply.js';
import {
  missingArgument,
  personRef,
  quoted,
  replyDefaults,
  shortName,
  sourceFooter,
} from '../reply-parts.js';
import { resolveTarget } from '../resolve-target.js';
import { namesExactly, trailingPerson } from '../search-person.js';
import { skillSearchHits } from '../skill-search-hits.js';
import { exceptWordAt } from '../whoknows-except.js';
import type { Handler, HandlerContext } from './handler.js';
import { help } from './help.js';
import { listsAny, skillTermsIn, whoknows } from './whoknows.js';

/** The same question answered as /whoknows. */
function asWhoknows(context: HandlerContext, skill: string): Reply {
  const invocation = { ...context.invocation, command: 'whoknows' as const, args: { skill } };
  return whoknows({ ...context, invocation, command: findCommand('whoknows')! });
}

/**
 * A message that is only a technology's name or alias ("golang"), which someone mentions though no one
 * lists it: still a who-knows question (the answer shows the mentions, labelled).
 */
function bareTechnology({ index }: HandlerContext, query: string): boolean {
  if (query.split(' ').length > 3 || knownTechnology(query, () => undefined) === undefined) return false;
  return index.whoKnows(query, { limit: 1 }).matches.length > 0;
}

/** How a follow-up opens: "and python?", "what about rust", "how about for go". */
const FOLLOW_UP = /^(?:(?:and|or|also|plus) )?(?:(?:what|how) about (?:for )?|same (?:question )?for )?/i;

/** Hits per answer; renderers page long lists, so this is about relevance, not size. */
export const SEARCH_LIMIT = 10;

/** Free text that became a search because no rule matched, rather than a search the user asked for. */
const ASKED_TO_SEARCH =
  /^\s*(?:<@[^>]*>\s*)*\/|^\s*(?:<@[^>]*>\s*)*(?:search|grep|find|look|lookup|where is|who mentions)\b/i;

const GREETING =
  /^(?:hey|hi|hello|hiya|yo|thanks|thank you|thx|ok|okay|good (?:morning|afternoon|evening))(?:[\s,!.?]+(?:there|bot|again|all|team))?[\s!.?]*$/i;

export const search: Handler = (context) => {
  const { index, invocation, command } = context;
  let query = invocation.args.query?.trim() ?? '';
  if (!query) {
    return missingArgument(command, 'what should I look for?', 'Give some words', 'missing query', context);
  }
  const fallback = invocation.text !== undefined && !ASKED_TO_SEARCH.test(invocation.text);
  // A greeting or thanks alone is not a search: say what can be asked.
  if (fallback && GREETING.test(query)) return help({ ...context, command: findCommand('help')! });
  // A bare skill typed as a message ("golang", "drf") asks who knows it.
  // Only the whole message: "who worked at google" looks for Google, it does not ask who knows it.
  const whole = fallback && foldText(query) === foldText(stripMentions(invocation.text ?? ''));
  // "and python?", "what about rust": a follow-up naming only a skill (the bot keeps no conversation,
  // so it is answered on its own: who knows it).
  const asked = whole ? query.replace(FOLLOW_UP, '') : '';
  if (asked && (listsAny(context, asked) || bareTechnology(context, asked)))
    return asWhoknows(context, asked);
  // Free text naming someone is about them: their lines that share the most of its other words (then the
  // search of everyone, whose hits it would replace, is not paid). Tried before a name at the end is split
  // off, so "¿qué máster hizo josde?" searches its words' families across languages too.
  const scoped = fallback && !invocation.args.person?.trim() ? personScopedSearch(index, query) : null;
  if (!scoped && !invocation.args.person?.trim()) {
    const split = trailingPerson(index, query);
    if (split) {
      query = split.query;
      context = {
        ...context,
        invocation: { ...invocation, args: { ...invocation.args, query, person: split.person } },
      };
    }
  }
  let person = null;
  if (context.invocation.args.person?.trim()) {
    const target = resolveTarget(context);
    if (!target.ok) return target.reply;
    person = target.profile;
  }
  if (scoped) ({ person, query } = scoped);
  // Nothing of theirs shares its words: another person's line would answer a question about someone else.
  const hits =
    scoped?.hits ?? index.search(query, { limit: SEARCH_LIMIT, ...(person ? { personId: person.id } : {}) });
  const scope = person ? `${person.name}'s profile` : 'the profiles';
  if (hits.length === 0) {
    // Nothing in the text: the question may still name skills ("k8s people", "golang devs").
    // "what is ines studying right now": a question about someone is never a who-knows of its other words.
    const aboutSomeone = fallback && namedSpan(query.toLowerCase().split(' '), (t) => namesExactly(index, t));
    const skills = person || aboutSomeone ? [] : skillTermsIn(context, query);
    // An explicit "/search X" stays a search: its hits are the people who list X.
    if (skills.length > 0)
      return (
        (!fallback && skillSearchHits(context, query, skills)) ||
        asWhoknows(context, joinSkills(query, skills))
      );
    const reply: Reply = {
      ...replyDefaults(),
      kind: 'not_found',
      person: person ? personRef(person) : null,
      title: `Nothing found for ${quoted(query)}`,
      description:
        scoped && person
          ? `${person.name}'s profile doesn't say: nothing in it shares the words of ${quoted(scoped.query)}.`
          : queryWords(query).length === 0
            ? `${quoted(query)} is too common to search for (words like “the” are in every profile). Try a more specific word.`
            : `Nothing in ${scope} matches ${quoted(query)}. Try fewer or different words.`,
      suggestions: ['/people', '/help'],
      data: { query, what: 'results' },
    };
    return reply;
  }
  const onePerson = new Set(hits.map((h) => h.profile.id)).size === 1 ? hits[0]!.profile : null;
  return {
    ...replyDefaults(),
    kind: 'search',
    person: person ? personRef(person) : null,
    title: `Search: ${quoted(query)}`,
    description: scoped?.hits.length
      ? `No rule reads this question: the part${hits.length === 1 ? '' : 's'} of ${scope} sharing the most of its words, best first.`
      : `${hits.length} match${hits.length === 1 ? '' : 'es'} in ${scope}, best first.`,
    blocks: [
      {
        type: 'list',
        items: hits.map((h) => `${h.profile.name} › ${h.section.title || 'Introduction'}: ${h.snippet}`),
      },
    ],
    ...(onePerson
      ? { footer: sourceFooter(onePerson, hits.length === 1 ? hits[0]!.section.title : null) }
      : {}),
    suggestions: [...new Set(hits.map((h) => h.profile))]
      .slice(0, 3)
      .map((p) => `/profile ${shortName(index, p)}`),
    data: {
      query,
      hits: hits.map((h) => ({
        personId: h.profile.id,
        sectionTitle: h.section.title,
        snippet: h.snippet,
        score: h.score,
      })),
    },
  };
};

/**
 * The skills a question names, as /whoknows reads them: "chi conosce go ma non rust" is "go but not rust"
 * (one skill on each side of a word that leaves out), not "go and rust".
 */
function joinSkills(query: string, skills: readonly string[]): string {
  const at = exceptWordAt(query);
  const lower = query.toLowerCase();
  const [first, second] = skills.map((s) => lower.indexOf(s.toLowerCase()));
  if (skills.length === 2 && at > 0 && first! >= 0 && first! < at && second! > at)
    return `${skills[0]} but not ${skills[1]}`;
  return skills.join(' and ');
}
