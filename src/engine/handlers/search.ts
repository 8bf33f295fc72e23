// `search`: ranked full-text hits over every section (of everyone, or of one person), with snippets.

import { queryWords } from '../../search/section-search.js';
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
import type { Handler } from './handler.js';

/** Hits per answer; renderers page long lists, so this is about relevance, not size. */
export const SEARCH_LIMIT = 10;

export const search: Handler = (context) => {
  const { index, invocation, command } = context;
  const query = invocation.args.query?.trim() ?? '';
  if (!query) {
    return missingArgument(command, 'what should I look for?', 'Give some words', 'missing query', context);
  }
  let person = null;
  if (invocation.args.person?.trim()) {
    const target = resolveTarget(context);
    if (!target.ok) return target.reply;
    person = target.profile;
  }
  const hits = index.search(query, { limit: SEARCH_LIMIT, ...(person ? { personId: person.id } : {}) });
  const scope = person ? `${person.name}'s profile` : 'the profiles';
  if (hits.length === 0) {
    const reply: Reply = {
      ...replyDefaults(),
      kind: 'not_found',
      person: person ? personRef(person) : null,
      title: `Nothing found for ${quoted(query)}`,
      description:
        queryWords(query).length === 0
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
    description: `${hits.length} match${hits.length === 1 ? '' : 'es'} in ${scope}, best first.`,
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
