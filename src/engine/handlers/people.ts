// `people`: who this assistant knows about (listed people only), with headlines; or, with an option, who
// works or worked at an employer, who is based in a place, who is in a group (people-filter-reply.ts).
import { asksHowMany, withCount } from '../count-question.js';
import { languageReply } from '../language-reply.js';
import { normalizeQuestion } from '../normalize-question.js';
import { employerReply, groupReply, placeReply, rosterReply, schoolReply } from '../people-filter-reply.js';
import { groupNamed, titledGroup } from '../people-groups.js';
import { personLabel } from '../person-label.js';
import { isKnownPlace } from '../place-names.js';
import type { Reply } from '../reply.js';
import { replyDefaults, shortName } from '../reply-parts.js';
import type { Handler, HandlerContext } from './handler.js';

export const people: Handler = (context) => {
  const reply = peopleReply(context);
  const asked = context.invocation.text;
  return asked && asksHowMany(normalizeQuestion(asked)) ? withCount(reply) : reply;
};

function peopleReply(context: HandlerContext): Reply {
  const { employer, place, school, role, language } = context.invocation.args;
  if (language?.trim()) return languageReply(context, language);
  // "who is from germany": a place everyone knows is read as one first ("developer from Germany" names no
  // employer); not when the asker says employer (`employer:zurich`) or work ("who works at zurich").
  if (employer?.trim() && isKnownPlace(employer) && !asksForEmployer(context))
    return orElse(placeReply(context, employer), () => employerReply(context, employer));
  if (employer?.trim()) return orElse(employerReply(context, employer), () => placeReply(context, employer));
  if (place?.trim() && EVERYONE.test(place.trim())) return rosterReply(context);
  // A place everyone knows ("hamburg") is never read as an employer: "From Hamburg" says where they grew up.
  if (place?.trim() && isKnownPlace(place)) return placeReply(context, place);
  if (place?.trim()) return orElse(placeReply(context, place), () => employerReply(context, place));
  if (school?.trim()) return orElse(schoolReply(context, school), () => employerReply(context, school));
  if (role?.trim()) {
    const group = groupNamed(role) ?? titledGroup(role);
    if (group) return groupReply(context, group);
  }
  return everyone(context);
}

/** Work words in the languages team questions are read in ("works", "trabaja", "arbeitet", "travaille"). */
const WORK_WORD =
  /(?<![\p{L}])(?:work|works|worked|working|employed|employer|job|trabaj\p{L}*|trabalh\p{L}*|travaill\p{L}*|arbeit\p{L}*)(?![\p{L}])/iu;

/** A slash command's `employer:` option, or free text that asks where someone works. */
const asksForEmployer = ({ invocation }: HandlerContext): boolean =>
  invocation.text === undefined || WORK_WORD.test(invocation.text.slice(0, 300));

/** `place:everyone`: where each person is ("where is everyone based"). */
const EVERYONE = /^(?:everyone|everybody|all|\*)$/i;

/**
 * "anyone from lisbon" asks for an employer or a place: when the one read names nobody and the other
 * someone, the other answers.
 */
function orElse<R extends { data: { count: number } }>(first: R, other: () => R): R {
  if (first.data.count > 0) return first;
  const second = other();
  return second.data.count > 0 ? second : first;
}

function everyone({ index }: HandlerContext) {
  const listed = index.all().filter((p) => p.listed);
  return {
    ...replyDefaults(),
    kind: 'people' as const,
    title: 'People',
    description:
      listed.length === 0
        ? 'No one is listed yet: add profile files (GitHub profile README markdown or JSON Resume) to the profiles folder.'
        : `${listed.length} ${listed.length === 1 ? 'person' : 'people'} to ask about.`,
    blocks: listed.length === 0 ? [] : [{ type: 'list' as const, items: listed.map(personLabel) }],
    suggestions: listed.slice(0, 3).map((p) => `/profile ${shortName(index, p)}`),
    data: { count: listed.length },
  };
}
