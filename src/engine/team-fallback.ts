// withTeamFallback: a team question whose rule found no one ("who has won a hackathon" read as a skill no
// one lists, "who worked at a consulting company" as an employer no one names, "quem tem mestrado?" as a
// search needing half its words) is answered by the people with a line of their own sharing its words,
// saying that no rule read it. An answer that names someone is never replaced.
import { foldedWords } from '../text/fold-text.js';
import { isEmployerKind } from './employer-kind.js';
import type { HandlerContext } from './handlers/handler.js';
import { skillTermsIn } from './handlers/whoknows.js';
import { normalizeQuestion } from './normalize-question.js';
import type { Reply } from './reply.js';
import { personRef, quoted, replyDefaults, shortName, sourceFooter } from './reply-parts.js';
import { teamScopedSearch } from './team-scoped-search.js';
import { isKindWord } from './team-word-forms.js';

/** A question about the team: who / anyone / does anyone …, in English, es, pt, fr, de. */
export const TEAM_QUESTION =
  /^(?:who|whom|whos|anyone|anybody|someone|somebody|any of (?:you|us)|which of (?:you|us)|does anyone|does anybody|do we have|do any of|has anyone|has anybody|have any of|is (?:there|anyone) |are there any|quien|quienes|quién|quiénes|alguien|quem|alguém|alguem|qui |qui$|quelqu|wer|jemand|hat jemand|gibt es jemand)/;

/**
 * Whether the reply found no one for a question its rule may have misread: a "skill" naming no technology
 * ("won a hackathon"), an employer or school that is no name or kind ("consulting company", "un banco").
 * A place, a spoken language, a kind of employer or a technology no one has is an answer: kept.
 */
function foundNoOne(context: HandlerContext, reply: Reply): boolean {
  if (reply.kind === 'whoknows')
    return reply.data.matches.length === 0 && skillTermsIn(context, reply.data.skill).length === 0;
  if (reply.kind === 'people') {
    const { employer, school, place, language, role } = context.invocation.args;
    const asked = employer?.trim() || school?.trim();
    if (!asked || place || language || role || isEmployerKind(asked)) return false;
    // One bare word is likely a name no one has ("google"); a phrase or a kind's word is no name.
    if (asked.split(/\s+/).length < 2 && !foldedWords(asked).some(isKindWord)) return false;
    return reply.data.people !== undefined && reply.data.count === 0;
  }
  return reply.kind === 'not_found' && reply.data.what === 'results';
}

export function withTeamFallback(context: HandlerContext, reply: Reply): Reply {
  const text = context.invocation.text;
  if (text === undefined || !foundNoOne(context, reply)) return reply;
  const asked = normalizeQuestion(text);
  if (!TEAM_QUESTION.test(asked)) return reply;
  const found = teamScopedSearch(context.index, asked);
  if (!found) return reply;
  const { lines, query } = found;
  const one = lines.length === 1 ? lines[0]! : null;
  return {
    ...replyDefaults(),
    kind: 'search',
    person: one ? personRef(one.person) : null,
    title: `Search: ${quoted(query)}`,
    description: `No rule reads this question: ${lines.length === 1 ? 'the person' : `${lines.length} people`} with a line of their own sharing the most of its words, best first.`,
    blocks: [
      {
        type: 'list',
        // A heading that is the line itself ("### Intern — Acme (2019)") is shown once.
        items: lines.map((l) =>
          l.line === l.section.title
            ? `${l.person.name} › ${l.line}`
            : `${l.person.name} › ${l.section.title || 'Introduction'}: ${l.line}`,
        ),
      },
    ],
    ...(one ? { footer: sourceFooter(one.person, one.section.title) } : {}),
    suggestions: lines.slice(0, 3).map((l) => `/profile ${shortName(context.index, l.person)}`),
    data: {
      query,
      hits: lines.map((l) => ({
        personId: l.person.id,
        sectionTitle: l.section.title,
        snippet: l.line,
        score: l.words,
      })),
    },
  };
}
