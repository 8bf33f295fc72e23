// Certifications as an answer: they are often badges in a README rather than a section of their own.
import type { Certification, Profile } from '../profiles/model/profile.js';
import type { ReplyOf } from './reply.js';
import { personRef, replyDefaults, sourceFooter } from './reply-parts.js';

/** Words that ask for certifications ("certs", "certifications", "certificates"), folded. */
export const CERTIFICATION_WORDS = /^(certs?|certifications?|certificates?|certified|badges?)$/;

export function certificationLine(c: Certification): string {
  return c.issuer && !c.name.toLowerCase().includes(c.issuer.toLowerCase())
    ? `${c.name} (${c.issuer})`
    : c.name;
}

export function certificationsReply(profile: Profile): ReplyOf<'section'> {
  return {
    ...replyDefaults(),
    kind: 'section',
    person: personRef(profile),
    title: `${profile.name} — Certifications`,
    blocks: [{ type: 'list', items: profile.certifications.map(certificationLine) }],
    links: profile.certifications.flatMap((c) => (c.url ? [{ label: c.name, url: c.url }] : [])),
    footer: sourceFooter(profile),
    data: { sectionId: 'certifications', sectionTitle: 'Certifications' },
  };
}
