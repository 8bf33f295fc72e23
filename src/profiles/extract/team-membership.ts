// teamMembership: employers named as a team someone belongs to ("I'm part of the freeCodeCamp Staff",
// "I'm a member of the Acme team"), and roleThenOrg: under a heading of roles, a title followed straight by
// its organisation ("- Founder [Tidewater Labs](…), a think tank …"), which has no "at" to anchor it.
import type { DocSection } from '../markdown/source-document.js';
import type { Experience } from '../model/profile.js';
import { isWellKnownSkill } from '../vocabulary/skill-aliases.js';
import { orgAt, type SentenceContext } from './org-at.js';

const QUICK = /\b(?:part|member)\sof\s/i;
const MEMBER =
  /\b(?:i['’]?m|i\sam|i['’]ve\sbeen|i\shave\sbeen)\s(?:an?\s)?(?:(?:proud|happy|full[- ]time|current)\s)?(?:part|member)\sof\s(?:the\s)?([^\s,.;:!?()]{2,40}(?:\s[^\s,.;:!?()]{1,40}){0,3}?)\s(?:staff|team|crew)\b/iu;
/** Words of a department or an open-source group, not of an organisation: "the Developer Relations team". */
const NOT_ORG_WORD =
  /^(?:my|our|this|that|a|an|core|engineering|design|product|platform|developer|developers|relations|devrel|infrastructure|infra|security|data|growth|marketing|sales|support|frontend|backend|mobile|web|ios|android|research|ml|ai|qa|ops|devops|sre|cloud|open|source|documentation|docs|content|community|leadership|founding|maintainers?|steering|review|translation|organizing|organising|student|students)$/i;

// "AI Deployment Engineer on the OpenAI Codex team", "Engineer on the Payments team at Stripe": a role on a
// named team; the company after "at/of" when given, else the team's name, which then starts with the company.
const QUICK_ON = /\s(?:on|in)\sthe\s/i;
const ON_TEAM =
  /\b(?:engineer|developer|designer|manager|lead|scientist|researcher|intern|architect|sre|pm)s?\s(?:on|in)\sthe\s([^\s,.;:!?()]{2,40}(?:\s[^\s,.;:!?()]{1,40}){0,3}?)\s(?:team|squad)(?:\s(?:at|of|@)\s(\p{Lu}[^\s,.;:!?()]{1,40}(?:\s\p{Lu}[^\s,.;:!?()]{0,40}){0,2}))?/iu;

export function teamMembership(text: string, line: number | null): Experience[] {
  if (text.length > 2000) return [];
  const member = QUICK.test(text) ? MEMBER.exec(text) : null;
  const onTeam = member || !QUICK_ON.test(text) ? null : ON_TEAM.exec(text);
  const match = member ?? (onTeam ? [onTeam[0], onTeam[2] ?? onTeam[1]!] : null);
  if (!match) return [];
  const organization = match[1]!.trim();
  const words = organization.split(' ');
  if (
    !/\p{Lu}/u.test(organization) ||
    words.some((w) => NOT_ORG_WORD.test(w)) ||
    isWellKnownSkill(organization)
  )
    return [];
  return [{ text: text.trim(), title: null, organization, period: null, highlights: [], line }];
}

/** Headings of a list of someone's positions: "Current Roles", "Positions", "Roles :". */
const ROLES_HEADING = /^(?:(?:current|present|my)\s)?(?:roles?|positions?)\s?:?$/i;
const ROLE_FIRST = /^(co-?founder|founder|ceo|cto|owner)\s(?=[\p{Lu}\d])/iu;

export function isRolesSection(section: DocSection): boolean {
  return section.kind === 'experience' || ROLES_HEADING.test(section.title.trim());
}

/** "Founder Adaptive Institute, online education …" under a roles heading: the title, then its organisation. */
export function roleThenOrg(text: string, context: SentenceContext, line: number | null): Experience[] {
  const role = ROLE_FIRST.exec(text.length > 1000 ? text.slice(0, 1000) : text);
  if (!role) return [];
  const organization = orgAt(text.slice(role[0].length), context, false);
  if (!organization || isWellKnownSkill(organization)) return [];
  return [{ text: text.trim(), title: role[1]!, organization, period: null, highlights: [], line }];
}
