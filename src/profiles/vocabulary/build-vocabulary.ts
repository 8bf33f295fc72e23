// buildVocabulary (`npm run vocab`): technologies.json from simple-icons, devicon and linguist-languages (names only).
// The packages stay devDependencies: the runtime reads only the compact JSON this writes.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { HAND_ALIASES } from './hand-aliases.js';
import { MORE_HAND_ALIASES } from './more-hand-aliases.js';
import { PLATFORMS } from './platforms.js';
import { foldTechKey, type TechKind, type VocabularyEntry } from './vocabulary-format.js';

interface Draft {
  name: string;
  slug?: string;
  aliases: string[];
  kind: TechKind;
  devicon?: string;
  /** Which packages (or the hand table) know it: two or more make it a well-known technology. */
  sources: Set<string>;
}

const require = createRequire(import.meta.url);
const drafts: Draft[] = [];

/** A data file inside an installed package, even one its `exports` map hides. */
function packageFile(pkg: string, file: string): string {
  let dir = dirname(require.resolve(pkg));
  while (!existsSync(join(dir, 'package.json')) || !dir.endsWith(pkg)) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find the ${pkg} package: run npm install`);
    dir = up;
  }
  return join(dir, file);
}
const byKey = new Map<string, Draft>();

const strong = new Set<string>();

/** Names and hand-written aliases are strong claims; a package's alias never takes a spelling from them. */
function claim(draft: Draft, spelling: string, isStrong: boolean): void {
  const key = foldTechKey(spelling);
  const owner = byKey.get(key);
  if (!key || (owner && owner !== draft && (strong.has(key) || !isStrong))) return;
  if (owner && owner !== draft) owner.aliases = owner.aliases.filter((a) => foldTechKey(a) !== key);
  byKey.set(key, draft);
  if (isStrong) strong.add(key);
  // Every written form is kept ("vs code" beside "vscode"): prose matches multi-word names as written.
  const lower = spelling.toLowerCase();
  if (draft.name.toLowerCase() !== lower && !draft.aliases.some((a) => a.toLowerCase() === lower)) {
    draft.aliases.push(spelling);
  }
}

/** Merges into the entry already named so (a strong spelling); aliases only take spellings nobody owns. */
function add(
  source: string,
  name: string,
  others: string[],
  kind: TechKind,
  extra: { slug?: string; devicon?: string } = {},
): Draft {
  const hand = source === 'hand';
  const key = foldTechKey(name);
  const existing = strong.has(key) ? byKey.get(key) : undefined;
  const draft: Draft = existing ?? { name, aliases: [], kind, sources: new Set() };
  draft.sources.add(source);
  if (!existing) drafts.push(draft);
  if (extra.slug && !draft.slug) draft.slug = extra.slug;
  if (extra.devicon && !draft.devicon) draft.devicon = extra.devicon;
  // A package that knows it as a language or a developer tool outranks a brand-only entry.
  if ((draft.kind === 'brand' && kind !== 'brand') || (kind === 'language' && draft.kind === 'tool'))
    draft.kind = kind;
  claim(draft, name, true);
  for (const spelling of [...others, extra.slug, extra.devicon]) if (spelling) claim(draft, spelling, hand);
  return draft;
}

// 1. The hand-written table: its names are the ones users already see (the seed profiles depend on them).
for (const [name, aliases] of Object.entries({ ...HAND_ALIASES, ...MORE_HAND_ALIASES }))
  add('hand', name, [...aliases], 'tool');
for (const [name, aliases] of Object.entries(PLATFORMS)) add('hand', name, [...aliases], 'platform');

// 2. GitHub's languages. Data and prose formats ("Text", "Public Key") are not skills unless known elsewhere.
const linguist = require('linguist-languages') as Record<
  string,
  { name: string; type: string; aliases?: string[] }
>;
const deferred: { name: string; aliases: string[] }[] = [];
// File-extension aliases that are everyday words or company suffixes: "Xp Inc" is no PHP, "Cake" no C#.
const LINGUIST_WORDS = new Set(['inc', 'cake', 'be', 'man', 'gas', 'bro', 'soy', 'igor', 'cask', 'eask']);
for (const language of Object.values(linguist)) {
  const aliases = (language.aliases ?? []).filter((a) => a.length > 1 && !LINGUIST_WORDS.has(a));
  if (language.type === 'programming' || language.type === 'markup')
    add('linguist', language.name, aliases, 'language');
  else deferred.push({ name: language.name, aliases });
}

// 3. simple-icons: title, slug (what shields.io `logo=` and the simple-icons CDN use), aka/old/loc names.
interface Icon {
  title: string;
  slug: string;
  aliases?: { aka?: string[]; old?: string[]; loc?: Record<string, string>; dup?: { title: string }[] };
}
const icons = JSON.parse(
  readFileSync(packageFile('simple-icons', 'data/simple-icons.json'), 'utf8'),
) as Icon[];
for (const icon of icons) {
  const more = [
    ...(icon.aliases?.aka ?? []),
    ...(icon.aliases?.old ?? []),
    ...Object.values(icon.aliases?.loc ?? {}),
  ];
  // "Apache Spark" is "Spark" to everyone: the bare name is the one shown, the full one an alias.
  const bare = /^Apache .{4,}$/.test(icon.title) ? icon.title.slice('Apache '.length) : null;
  if (bare) add('simple-icons', bare, [icon.title, ...more], 'brand', { slug: icon.slug });
  else add('simple-icons', icon.title, more, 'brand', { slug: icon.slug });
  for (const dup of icon.aliases?.dup ?? []) add('simple-icons', dup.title, [], 'brand');
}

// Alt names in the package data that are typos of another technology ("msql" for MS SQL is mSQL or MySQL).
const PACKAGE_TYPOS = new Set(['msql']);

// 4. devicon: every entry is a developer technology; its name is the folder in icon URLs.
const devicons = JSON.parse(readFileSync(packageFile('devicon', 'devicon.json'), 'utf8')) as {
  name: string;
  altnames?: string[];
}[];
const titleCase = (id: string) =>
  id.replace(/(^|-)(\w)/g, (_m, sep: string, c: string) => (sep ? ' ' : '') + c.toUpperCase());
for (const icon of devicons) {
  const match = [icon.name, ...(icon.altnames ?? [])].map((n) => byKey.get(foldTechKey(n))).find(Boolean);
  const altnames = (icon.altnames ?? []).filter((a) => !PACKAGE_TYPOS.has(a));
  add('devicon', match?.name ?? titleCase(icon.name), altnames, 'tool', { devicon: icon.name });
}

// Data formats last: only those another package already knows (JSON, YAML, SQL) gain their aliases.
for (const language of deferred)
  if (byKey.has(foldTechKey(language.name))) add('linguist', language.name, language.aliases, 'language');

const entries: VocabularyEntry[] = drafts.map((d) => {
  const entry: VocabularyEntry = { n: d.name, k: d.kind };
  if (d.slug) entry.s = d.slug;
  if (d.devicon && foldTechKey(d.devicon) !== foldTechKey(d.slug ?? d.name)) entry.d = d.devicon;
  if (d.aliases.length > 0) entry.a = d.aliases;
  if (d.sources.size >= 2 || d.sources.has('hand')) entry.w = 1;
  return entry;
});
const out = new URL('./technologies.json', import.meta.url);
writeFileSync(out, `${JSON.stringify({ version: 1, entries })}\n`);
console.log(`technologies.json: ${entries.length} technologies, ${byKey.size} spellings`);
