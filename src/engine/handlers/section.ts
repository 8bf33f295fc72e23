// `section`: one section of a profile by fuzzy name ("values", "certs"): its text, items and children.
import type { Profile, Section } from '../../profiles/model/profile.js';
import type { Resolution } from '../../search/search-types.js';
import { foldLetters } from '../../text/fold-text.js';
import { askedWordsAnswer } from '../asked-words-answer.js';
import { CERTIFICATION_WORDS, certificationsReply } from '../certifications.js';
import { factTopicNamed } from '../fact-topics.js';
import { statedLine } from '../labelled-line.js';
import { noTopic } from '../no-topic.js';
import { childSections, mainSections } from '../profile-sections.js';
import type { Reply, ReplyBlock } from '../reply.js';
import {
  missingArgument,
  personRef,
  quoted,
  replyDefaults,
  shortName,
  sourceFooter,
} from '../reply-parts.js';
import { resolveTarget } from '../resolve-target.js';
import { factLine, isLineOnlyTopic } from '../topic-line.js';
import { closestByText, coreTopic, topicSection } from '../topic-section.js';
import type { Handler, HandlerContext } from './handler.js';

export const section: Handler = (context) => {
  const asked = context.invocation.args.section?.trim();
  if (!asked) return missingSection(context);
  const target = resolveTarget(context);
  if (!target.ok) return target.reply;
  const { profile } = target;
  const who = shortName(context.index, profile);
  const topic = topicSection(profile, asked);
  if (topic === null) return noTopic(context, profile, asked);
  let note: string | undefined;
  let label: string | undefined;
  let resolved: Resolution<Section>;
  if (topic) {
    resolved = { status: 'found', value: topic, score: 1 };
    // A line or list read out of a section about something else: titled by what it says.
    if (topic.id.endsWith('#spoken')) label = 'Spoken languages';
  } else if (isLineOnlyTopic(asked)) {
    // Where someone lives, what they are learning: a line says it, or the profile doesn't.
    const fact = factLine(profile, asked);
    if (!fact) return noTopic(context, profile, asked);
    resolved = { status: 'found', value: fact.section, score: 1 };
    ({ note, label } = fact);
  } else {
    resolved = titledFact(profile, asked) ?? preferNamed(context.index.resolveSection(profile, asked), asked);
    // "hamed's gpa" ("gpa: 3.38"), "what can i ask X about": a line that says it, unless a title names it.
    const line = statedLine(profile, asked, resolved);
    if (line)
      [resolved, label, note] = [{ status: 'found', value: line.section, score: 1 }, line.label, line.note];
  }
  if (resolved.status === 'not_found') {
    // No section of that kind: a line that states it ("**What I care about:** …").
    const fact = factLine(profile, asked);
    if (fact) {
      resolved = { status: 'found', value: fact.section, score: 1 };
      ({ note, label } = fact);
    }
  }
  const fromBadges = CERTIFICATION_WORDS.test(fold(asked)) && profile.certifications.length > 0;
  // A fact no line states ("what can i ask X about"): said plainly, never the closest section by text.
  if (resolved.status === 'not_found' && !fromBadges && factTopicNamed(fold(asked)))
    return noTopic(context, profile, asked);
  if (resolved.status === 'not_found' && !fromBadges) {
    // No section has that name: the name without generic words ("ML experience" → machine learning),
    // else the section whose text matches best, said so.
    const core = coreTopic(asked);
    const byCore =
      core && core !== fold(asked) ? preferNamed(context.index.resolveSection(profile, core), core) : null;
    const closest = byCore?.status === 'found' ? byCore.value : closestByText(context.index, profile, asked);
    if (closest) {
      resolved = { status: 'found', value: closest, score: 0.5 };
      note = `No section is called ${quoted(asked)}; this is the closest one.`;
    }
  }
  if (resolved.status !== 'found' && fromBadges) {
    // Certifications often live in badges, not in a section: answer from what was extracted.
    return certificationsReply(profile);
  }
  // No section of that name: what the profile does say about it (its role, its jobs, the parts sharing the words).
  if (resolved.status === 'not_found') {
    const said = askedWordsAnswer(context, profile, asked);
    if (said) return said;
  }
  if (resolved.status !== 'found') {
    const offered = resolved.status === 'ambiguous' ? resolved.candidates : mainSections(profile);
    const titles = offered.map((s) => s.title);
    const lead =
      resolved.status === 'ambiguous'
        ? `${quoted(asked)} matches more than one section of ${profile.name}'s profile. Which one?`
        : `${profile.name}'s profile has no section like ${quoted(asked)}.`;
    const common = {
      ...replyDefaults(),
      person: personRef(profile),
      ephemeral: true,
      title: `${profile.name} — ${quoted(asked)}`,
      description: lead,
      blocks: titles.length > 0 ? [{ type: 'list' as const, heading: 'Sections', items: titles }] : [],
      footer: sourceFooter(profile),
      suggestions: titles.slice(0, 3).map((t) => `/section ${who} ${t}`),
    };
    return resolved.status === 'ambiguous'
      ? { ...common, kind: 'ambiguous', data: { query: asked } }
      : { ...common, kind: 'not_found', data: { query: asked, what: 'section' } };
  }
  const found = resolved.value;
  return {
    ...replyDefaults(),
    kind: 'section',
    person: personRef(profile),
    // A contact section or a row of links holds contact details: shown like /contact, only to the asker by default.
    ephemeral: (found.kind === 'contact' || linkOnly(found) !== null) && context.contactEphemeral,
    title: `${profile.name} — ${label ?? (found.title || 'Introduction')}`,
    ...(note ? { description: note } : {}),
    blocks: sectionBlocks(profile, found),
    footer: sourceFooter(profile, found.title),
    suggestions: siblingsOf(profile, found)
      .slice(0, 3)
      .map((s) => `/section ${who} ${s.title}`),
    data: { sectionId: found.id, sectionTitle: found.title },
  };
};

/**
 * "values" may match a section of that kind ("What Sets My Work Apart") and one whose title says
 * it ("Engineering Values"): exactly one title containing the word is a clear pick, not a guess.
 */
function preferNamed(resolved: Resolution<Section>, asked: string): Resolution<Section> {
  if (resolved.status !== 'ambiguous') return resolved;
  const word = new RegExp(`\\b${fold(asked).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
  const named = resolved.candidates.filter((s) => word.test(fold(s.title)));
  return named.length === 1 ? { status: 'found', value: named[0]!, score: 1 } : resolved;
}

const fold = (text: string): string => foldLetters(text).trim();

/**
 * A fact topic ("interests", "talks") whose words one heading says ("Interested in"): that section,
 * before a section only classed as that kind ("Fun fact"). Undefined when no title or several say it.
 */
function titledFact(profile: Profile, asked: string): Resolution<Section> | undefined {
  const fact = factTopicNamed(fold(asked));
  if (!fact) return undefined;
  const said = profile.sections.filter((s) => s.title && fact.cue.test(s.title));
  return said.length === 1 ? { status: 'found', value: said[0]!, score: 1 } : undefined;
}

function sectionBlocks(profile: Profile, found: Section): ReplyBlock[] {
  const blocks: ReplyBlock[] = [];
  const linkRow = linkOnly(found);
  if (linkRow) blocks.push({ type: 'list', items: linkRow });
  else if (found.text.trim()) blocks.push({ type: 'text', text: found.text.trim() });
  if (found.items.length > 0) blocks.push({ type: 'list', items: found.items });
  const children = childSections(profile, found).filter((c) => c.title);
  if (children.length > 0) {
    blocks.push({
      type: 'fields',
      heading: 'Subsections',
      fields: children.map((c) => ({
        name: c.title,
        value: c.items.length > 0 ? c.items.map((i) => `• ${i}`).join('\n') : c.text.trim() || '(empty)',
      })),
    });
  }
  if (blocks.length === 0) blocks.push({ type: 'text', text: 'This section is empty.' });
  return blocks;
}

/**
 * A section that is only a row of links ("[Twitter](…) · [Website](…)"): its text is the labels alone,
 * useless without the addresses, so each label is given with its URL. Null for any other section.
 */
function linkOnly(found: Section): string[] | null {
  const links = found.links.filter((l) => l.text.trim() && /^(?:https?:|mailto:)/i.test(l.url));
  if (links.length === 0 || found.items.length > 0) return null;
  let rest = found.text;
  for (const l of links) rest = rest.split(l.text.trim()).join(' ');
  if (/[\p{L}\p{N}]/u.test(rest)) return null;
  return links.slice(0, 20).map((l) => `${l.text.trim()}: ${l.url.replace(/^mailto:/i, '')}`);
}

/** Other main sections, for "read next" suggestions. */
function siblingsOf(profile: Profile, found: Section): Section[] {
  return mainSections(profile).filter((s) => s.id !== found.id);
}

function missingSection(context: HandlerContext): Reply {
  const { command } = context;
  return missingArgument(command, 'which section?', 'Name a section', 'missing section', context);
}
