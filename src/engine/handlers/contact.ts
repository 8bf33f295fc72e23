// `contact`: how to reach a person. Private contacts reach the engine without their value (removed while
// the profile was built, see src/profiles/model/redact-private.ts): they are only counted.
import { askedContactKind, hasContactKind, linesNaming } from '../asked-contact.js';
import { askedSiteLinks } from '../asked-site-links.js';
import { firstSectionOfKind } from '../profile-sections.js';
import { reachLines } from '../reach-lines.js';
import type { ReplyBlock } from '../reply.js';
import { personRef, replyDefaults, shortName, sourceFooter } from '../reply-parts.js';
import { resolveTarget } from '../resolve-target.js';
import type { Handler } from './handler.js';

export const contact: Handler = (context) => {
  const target = resolveTarget(context);
  if (!target.ok) return target.reply;
  const { profile } = target;
  const who = shortName(context.index, profile);
  const shown = profile.contacts.filter((c) => c.visibility === 'public');
  const hiddenCount = profile.contacts.length - shown.length;
  const hiddenNote =
    hiddenCount > 0 ? ` ${hiddenCount} more ${hiddenCount === 1 ? 'is' : 'are'} private and not shown.` : '';
  const fields: ReplyBlock[] =
    shown.length === 0
      ? []
      : [{ type: 'fields', fields: shown.map((c) => ({ name: c.label, value: c.value })) }];
  // Only public contacts count as known: a private one's address never reaches the engine anyway.
  const lines = reachLines(
    profile,
    shown.map((c) => c.value),
  );
  // "marta's linkedin?" when she lists none: said first, then the ways she does give.
  const asked = askedContactKind(context.invocation.text);
  const missing = asked && !hasContactKind(shown, asked) ? asked : null;
  // A kind the author made private is said to be so; the lines naming it are where it would be written.
  const hiddenKind =
    missing !== null &&
    missing.kind !== 'other' &&
    profile.contacts.some((c) => c.visibility === 'private' && c.kind === missing.kind);
  // The profile may still say it in a sentence ("on Telegram (@dimavolkov)"): quoted, never parsed.
  const naming =
    missing && !hiddenKind ? linesNaming(profile, missing).filter((l) => !lines.includes(l)) : [];
  const lacking = !missing
    ? ''
    : hiddenKind
      ? `${profile.name}'s ${missing.label} is private. `
      : naming.length > 0
        ? `${profile.name}'s contacts have no ${missing.label} link; the profile mentions ${missing.label} (below). `
        : shown.length > 0
          ? `${profile.name}'s profile lists no ${missing.label}. `
          : '';
  // "steve's ko-fi": a site that is no contact, given as the profile links it.
  const site = askedSiteLinks(profile, context.invocation.text);
  const siteUrls = site?.urls.filter((u) => !shown.some((c) => c.value === u)) ?? [];
  const said: ReplyBlock[] = [
    ...(siteUrls.length > 0
      ? [
          {
            type: 'list' as const,
            heading: `${profile.name}'s profile links to ${site!.site}`,
            items: siteUrls,
          },
        ]
      : []),
    ...(naming.length > 0
      ? [{ type: 'list' as const, heading: `What the profile says about ${missing!.label}`, items: naming }]
      : []),
    ...(lines.length > 0 ? [{ type: 'list' as const, heading: 'The profile also says', items: lines }] : []),
  ];
  return {
    ...replyDefaults(),
    kind: 'contact',
    person: personRef(profile),
    ephemeral: context.command.visibility === 'ephemeral' && context.contactEphemeral,
    title: `${profile.name} — Contact`,
    description:
      shown.length === 0 && siteUrls.length === 0
        ? `${lacking}${profile.name}'s profile lists no public contact details.${hiddenNote}`
        : `${lacking}How to reach ${profile.name}.${hiddenNote}`,
    blocks: [...fields, ...said],
    links: shown.filter((c) => /^https?:\/\//i.test(c.value)).map((c) => ({ label: c.label, url: c.value })),
    footer: sourceFooter(profile, firstSectionOfKind(profile, 'contact')),
    suggestions: [`/profile ${who}`, `/skills ${who}`],
    data: {
      contacts: shown.map((c) => ({ kind: c.kind, value: c.value, label: c.label })),
      hiddenCount,
    },
  };
};
