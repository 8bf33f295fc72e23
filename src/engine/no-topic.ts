// The answer when a profile says nothing about a topic asked ("which languages does X speak", "what can
// I ask X about"): said plainly, with the sections it does have.

import type { Profile } from '../profiles/model/profile.js';
import { foldLetters } from '../text/fold-text.js';
import { factTopicNamed } from './fact-topics.js';
import type { HandlerContext } from './handlers/handler.js';
import { mainSections } from './profile-sections.js';
import type { Reply } from './reply.js';
import { personRef, replyDefaults, shortName, sourceFooter } from './reply-parts.js';

const fold = (text: string): string => foldLetters(text).trim();

/** A topic the profile says nothing about ("which languages does X speak"): said plainly. */
export function noTopic(context: HandlerContext, profile: Profile, asked: string): Reply {
  const who = shortName(context.index, profile);
  const what =
    NO_TOPIC_WHAT[fold(asked)] ??
    (factTopicNamed(fold(asked)) ? `anything about ${asked}` : 'what they are working on now');
  const titles = mainSections(profile).map((s) => s.title);
  return {
    ...replyDefaults(),
    kind: 'not_found',
    person: personRef(profile),
    title: `${profile.name} — ${asked}`,
    description: `${profile.name}'s profile doesn't say ${what}.`,
    blocks: titles.length > 0 ? [{ type: 'list', heading: 'Sections', items: titles }] : [],
    footer: sourceFooter(profile),
    suggestions: [`/profile ${who}`, ...titles.slice(0, 2).map((t) => `/section ${who} ${t}`)],
    data: { query: asked, what: 'section' },
  };
}

/** What the profile doesn't say, per topic. */
const NO_TOPIC_WHAT: Record<string, string> = {
  'spoken languages': 'which languages they speak',
  location: 'where they are based',
  origin: 'where they are from',
  learning: 'what they are learning',
  'studying now': 'what they are studying now',
  'years coding': 'how long they have been programming',
  'ask me about': 'what to ask them about',
};
