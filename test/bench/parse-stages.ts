// Where parse + index time goes (issue 16): runs parseProfile's markdown pipeline stage by stage over a corpus
// and prints CPU ms per 1,000 files for each stage, beside markdown-it's bare parse() of the same texts.
// `node bin/run-ts.js test/bench/parse-stages.ts synthetic|DIR… [--rounds=N]` (JSON Resume files count as
// one stage). CPU time of this thread (process.cpuUsage), medians over rounds after one warm-up round.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { decodeProfileBytes } from '../../src/profiles/decode/decode.js';
import { extractCertifications } from '../../src/profiles/extract/extract-certifications.js';
import { extractContacts } from '../../src/profiles/extract/extract-contacts.js';
import { extractExperience } from '../../src/profiles/extract/extract-experience.js';
import { extractIdentity } from '../../src/profiles/extract/extract-identity.js';
import { extractSkills } from '../../src/profiles/extract/extract-skills.js';
import { statedAliases } from '../../src/profiles/extract/stated-aliases.js';
import { buildSections } from '../../src/profiles/markdown/build-sections.js';
import { parseMarkdown } from '../../src/profiles/markdown/markdown.js';
import { markdownIt } from '../../src/profiles/markdown/markdown-it-parser.js';
import { createPrivateMatcher, privateKinds } from '../../src/profiles/model/private-matcher.js';
import type { Profile } from '../../src/profiles/model/profile.js';
import { redactDocument, redactProfile } from '../../src/profiles/model/redact-private.js';
import { parseProfile, validateProfile } from '../../src/profiles/parse-profile.js';
import { createProfileIndex } from '../../src/search/profile-index.js';
import { generateProfile } from './markdown-corpus.js';
import { median } from './stats.js';

const args = process.argv.slice(2);
const rounds = Number(args.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 5);
const sources = args.filter((a) => !a.startsWith('--'));

function files(): { file: string; bytes: Uint8Array }[] {
  if (sources.length === 0 || sources[0] === 'synthetic') {
    const encoder = new TextEncoder();
    return Array.from({ length: 1000 }, (_, i) => {
      const { file, text } = generateProfile(i);
      return { file, bytes: encoder.encode(text) };
    });
  }
  return sources.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => ['.md', '.markdown', '.json'].includes(extname(f).toLowerCase()))
      .sort()
      .map((f) => ({ file: f, bytes: new Uint8Array(readFileSync(join(dir, f))) })),
  );
}

const input = files();
const texts = input.map(({ bytes }) => new TextDecoder().decode(bytes));
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
let times: Record<string, number> = {};
function timed<R>(stage: string, run: () => R): R {
  const start = cpuMs();
  const result = run();
  times[stage] = (times[stage] ?? 0) + cpuMs() - start;
  return result;
}

/** parseMarkdownProfile (parse-profile.ts), one timed stage per step. */
function parseInStages(bytes: Uint8Array, file: string): Profile | null {
  if (extname(file).toLowerCase() === '.json') {
    const result = timed('json resume (whole)', () => parseProfile(bytes, file));
    return result.ok ? result.profile : null;
  }
  const decoded = timed('decode', () => decodeProfileBytes(bytes, {}));
  if (!decoded.ok) return null;
  const { doc } = timed('parseMarkdown (incl. markdown-it)', () => parseMarkdown(decoded.text));
  const identity = timed('identity', () => extractIdentity(doc, file));
  const contacts = timed('contacts', () =>
    extractContacts(doc, { id: identity.id, handle: identity.handle, name: identity.name }),
  );
  const visible = contacts.contacts.map((c) => ({
    ...c,
    visibility: identity.visibility[c.kind] ?? c.visibility,
  }));
  const privacy = timed('privacy', () => createPrivateMatcher(visible, privateKinds(identity.visibility)));
  const shown = privacy ? timed('privacy', () => redactDocument(doc, privacy)) : doc;
  const handle = identity.handle ?? basename(file, extname(file));
  const skills = timed('skills', () => extractSkills(shown));
  const experience = timed('experience', () => extractExperience(shown, handle));
  const certifications = timed('certifications', () => extractCertifications(shown));
  const aliases = timed('aliases', () => statedAliases(doc.text, visible, handle));
  const sections = timed('sections', () => buildSections(shown));
  const profile: Profile = {
    id: identity.id,
    file,
    format: 'markdown',
    name: identity.name,
    nameSource: identity.nameSource,
    handle: identity.handle,
    aliases: [...new Set([...identity.aliases, ...aliases])],
    pronouns: identity.pronouns,
    headline: identity.headline,
    listed: identity.listed,
    skills: skills.skills,
    contacts: visible,
    experience: experience.experience,
    certifications: certifications.certifications,
    sections,
    warnings: [],
  };
  const result = timed('validate + compact', () =>
    validateProfile(privacy ? redactProfile(profile, privacy) : profile, file),
  );
  return result.ok ? result.profile : null;
}

const ours = markdownIt();
const bare = new MarkdownIt({ html: true, linkify: true });
const perRound: Record<string, number>[] = [];
for (let r = 0; r <= rounds; r++) {
  times = {};
  for (const text of texts) timed('markdown-it bare parse()', () => bare.parse(text, {}));
  for (const text of texts) timed("markdown-it, parseMarkdown's instance", () => ours.parse(text, {}));
  const profiles: Profile[] = [];
  for (const { file, bytes } of input) {
    const profile = parseInStages(bytes, file);
    if (profile) profiles.push(profile);
  }
  timed('index', () => createProfileIndex(profiles));
  // Again after the pipeline (halved below): whichever side runs first in a round pays for the other's garbage.
  for (const text of texts) timed('markdown-it bare parse()', () => bare.parse(text, {}));
  times['markdown-it bare parse()']! /= 2;
  if (r > 0) perRound.push(times); // round 0 warms the code
}

const perK = (ms: number) => (ms / input.length) * 1000;
const stages = Object.keys(perRound[0] ?? {});
const med = Object.fromEntries(stages.map((s) => [s, perK(median(perRound.map((t) => t[s] ?? 0)))]));
const baseline = new Set(['markdown-it bare parse()', "markdown-it, parseMarkdown's instance"]);
const total = stages.filter((s) => !baseline.has(s)).reduce((sum, s) => sum + med[s]!, 0);
const bareMs = med['markdown-it bare parse()']!;
console.log(`${input.length} files, CPU ms per 1,000 files, median of ${rounds} rounds`);
for (const s of stages)
  console.log(
    `${s.padEnd(40)} ${med[s]!.toFixed(0).padStart(6)}  ${baseline.has(s) ? '' : `${((100 * med[s]!) / total).toFixed(1).padStart(5)} %`}`,
  );
console.log(
  `${'parse + index (sum of stages)'.padEnd(40)} ${total.toFixed(0).padStart(6)}  = ${(total / bareMs).toFixed(1)}× bare`,
);
