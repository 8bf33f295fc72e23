// "Is anyone learning rust?", "who's picking up go": who says they are learning a technology. Learners
// are not holders: the answer names them as learning it, and those who already list it apart.
import { LEARNING_TITLE } from '../profiles/extract/excluded-from-skills.js';
import { isLearning } from '../profiles/extract/skill-learning.js';
import type { Profile } from '../profiles/model/profile.js';
import { EVIDENCE_SCORE } from '../search/search-keys.js';
import type { HandlerContext } from './handlers/handler.js';
import type { IntentRule } from './intent-rules.js';
import type { Reply, ReplyBlock } from './reply.js';
import { replyDefaults, shortName } from './reply-parts.js';
import { mentionsIn, shownLine } from './skill-mentions.js';

const SUBJECT =
  "(?:who(?:'s| is| are)?(?: else)?|(?:is|are|does|do) (?:anyone|anybody|someone|somebody|any of you|people|folks)|anyone|anybody|someone|somebody)(?: (?:here|else|around|of you|of us|on the team|in the team))?";
const VERB =
  '(?:(?:also|currently|now|still|else|actually) )?(?:learning|studying|picking up|getting into|trying to learn|trying out|wants? to learn|wanting to learn|plan(?:s|ning)? to learn|interested in learning)';
const WHEN = '(?: (?:too|as well|right now|now|currently|these days|at the moment|lately|rn|atm))?';
const r = (source: string) => new RegExp(`^${source}$`);

/** The questions, English and the usual other languages of a workspace. */
export const LEARNING_RULES: readonly IntentRule[] = [
  {
    command: 'whoknows',
    pattern: r(`${SUBJECT} ${VERB} (?<skill>(?!(?:at|in|for|with|about|to|from|under) )[^ ].*?)${WHEN}`),
  },
  {
    command: 'whoknows',
    pattern: r(
      `(?:qui[eé]n|alguien|quem|algu[eé]m|chi|qualcuno)(?: (?:aqu[ií]|aqui|qui))? (?:est[aáà] |sta )?(?:aprendiendo|aprendendo|estudiando|estudando|imparando|studiando) (?<skill>.+?)${WHEN}`,
    ),
  },
  { command: 'whoknows', pattern: r('(?:wer|jemand)(?: hier)? lernt(?: gerade| aktuell)? (?<skill>.+?)') },
  { command: 'whoknows', pattern: r("(?:qui|quelqu'un)(?: ici)? (?:apprend|[eé]tudie) (?<skill>.+?)") },
];

/** Whether a normalised question asks who is learning something (the whoknows handler answers it so). */
export const asksWhoIsLearning = (question: string): boolean =>
  LEARNING_RULES.some((rule) => rule.pattern.test(question));

interface Learner {
  profile: Profile;
  line: string;
}

/** The profile's line saying it learns the skill: a learning line, or any line under a learning heading. */
function learningLine(profile: Profile, skill: string): string | null {
  for (const { section, line } of mentionsIn(profile, skill, 6)) {
    const underLearning = LEARNING_TITLE.test(section.title) || isLearning(section.title);
    if (underLearning || isLearning(line)) return shownLine(section, line, skill);
  }
  return null;
}

export function learnersReply(context: HandlerContext, asked: string): Reply {
  const { index } = context;
  const result = index.whoKnows(asked, { limit: 25 });
  const skill = result.canonical;
  const holders = result.matches.filter((m) => m.profile.listed && m.score > EVIDENCE_SCORE.prose);
  const holding = new Set(holders.map((m) => m.profile.id));
  const learners: Learner[] = [];
  for (const profile of index.all()) {
    if (!profile.listed || holding.has(profile.id) || learners.length >= 25) continue;
    const line = learningLine(profile, skill);
    if (line) learners.push({ profile, line });
  }
  const blocks: ReplyBlock[] = [];
  if (learners.length > 0)
    blocks.push({
      type: 'list',
      heading: `Learning ${skill.slice(0, 80)}`,
      items: learners.map((l) => `${l.profile.name} › ${l.line}`),
    });
  if (holders.length > 0)
    blocks.push({
      type: 'list',
      heading: `Already list ${skill.slice(0, 80)} as a skill`,
      items: holders.slice(0, 10).map((m) => m.profile.name),
    });
  const n = learners.length;
  const lead =
    n > 0
      ? `${n} ${n === 1 ? 'person says they are' : 'people say they are'} learning ${skill}.`
      : `No one says they are learning ${skill}.`;
  const also =
    holders.length > 0
      ? ` ${holders.length} ${holders.length === 1 ? 'person already lists' : 'people already list'} it as a skill.`
      : '';
  return {
    ...replyDefaults(),
    kind: 'whoknows',
    title: `Who is learning ${skill}`,
    description: `${lead}${also}`,
    blocks,
    suggestions: [
      ...learners.slice(0, 2).map((l) => `/profile ${shortName(index, l.profile)}`),
      `/whoknows ${skill}`,
    ],
    data: {
      skill,
      matches: learners.map((l) => ({
        personId: l.profile.id,
        name: l.profile.name,
        skill,
        evidence: l.line,
        score: 0,
        match: 'learning' as const,
      })),
    },
  };
}
