// findTechMentions: the technologies a sentence names, read against the vocabulary with prose-safe rules.
// Only well-known technologies count, and a name that is also an ordinary word ("Go", "Swift", "react")
// counts only in a list of technologies or after "in/with/using…", so prose never turns words into skills.
import { isWellKnownSkill } from './skill-aliases.js';
import { lookupTechnology, type Technology } from './tech-vocabulary.js';

const MAX_TEXT = 2000;
const MAX_NGRAM = 3;
// One character class per part: linear. Dots, plus and hash belong to names (Node.js, C++, C#, .NET).
const TOKEN = /[\p{L}\p{N}.#][\p{L}\p{N}+#.'’-]*/gu;
// Between two names of one list: commas, slashes, "&", "+", "and/or" in the corpus languages.
const LIST_GAP = /^[\s,/&+|·•;:()*_]*(?:(?:and|or|y|o|e|ou|et|und|oder|as well as|plus)\s+)?[\s,/&+|*_]*$/i;
const CERTIFIED = /^\s(?:certified|certification|certificate)/i;
const CUE_BEFORE = /(?:\b(?:in|with|at|using|use|like|en|con|com|mit|avec|em|and|y|und|et)|[:,/&+])[\s*_]*$/i;

// Technology names that are also everyday words (English, or German nouns): never from lowercase prose,
// and capitalised only inside a list of technologies or after a cue word.
const AMBIGUOUS = new Set(
  (
    'go rust swift ruby crystal julia dart elm red ring max kit arc sage neon org eagle pony self just pure mint ' +
    'react express spring rails flask shell bash unity jest helm celery lambda ember meteor gatsby ghost solid ' +
    'alpine material apollo vagrant processing less make chef puppet salt next nest node bun yarn babel gulp grunt ' +
    'jasmine mocha karma cypress selenium vault consul nomad packer envoy spark hive pig storm beam excel word ' +
    'access teams zoom swarm drizzle amplify render railway fly apache caddy rest socket three blender sketch ' +
    'framer sanity keystone payload medusa jax llama mistral gemini copilot cursor linear notion obsidian ' +
    'elixir scheme racket move cairo assembly latex octave lisp pascal solidity windows mac arch fedora mono ' +
    'atom brackets sublime postman insomnia markdown code data cloud web mobile desktop server android tor ' +
    'dot matrix signal slack prettier sass framework stack tools language languages platform engine core ' +
    'ant apex beats blueprint bower capacitor carbon clarity composer confluence cucumber expo fantom fauna ' +
    'glitch harbor hugo liquid lumen mocha nano nomad passport phoenix photon poetry polygon prism reason reflex ' +
    'github gitlab remix sentry stencil teal turbo odin talos posit gatling okta ada awk'
  ).split(' '),
);

// Plain lowercase words that name nothing else in a developer's README.
const LOWERCASE_OK = new Set(
  (
    'python java kotlin scala haskell perl clojure erlang golang rustlang docker kubernetes linux ubuntu debian ' +
    'django laravel symfony terraform ansible webpack vite vue vuejs svelte nginx redis postgres mongo mysql ' +
    'sqlite numpy pandas pytorch tensorflow keras firebase supabase vercel netlify heroku figma flutter pytest ' +
    'jquery typescript javascript nodejs reactjs nextjs nuxt deno graphql kafka rabbitmq elasticsearch grafana ' +
    'prometheus jenkins matlab fortran cobol lua php sql html css json yaml git github gitlab aws gcp azure'
  ).split(' '),
);

interface Verdict {
  ok: boolean;
  needsContext: boolean;
  brandOnly: boolean;
}

interface Candidate extends Verdict {
  name: string;
  start: number;
  end: number;
}

function spells(tech: Technology, written: string): boolean {
  const lower = written.toLowerCase();
  return tech.name.toLowerCase() === lower || tech.aliases.some((a) => a.toLowerCase() === lower);
}

function writtenForm(written: string): 'lower' | 'capital' | 'other' {
  if (written === written.toLowerCase()) return 'lower';
  return /^\p{Lu}\p{Ll}*$/u.test(written) ? 'capital' : 'other';
}

/** Whether a written name may stand for the technology, and whether it needs a list or cue around it. */
function judge(written: string, tech: Technology): Verdict {
  const lower = written.toLowerCase();
  const name = tech.name;
  if (tech.kind === 'platform') return { ok: false, needsContext: false, brandOnly: false };
  if (written.length === 1)
    return { ok: written === 'C' || written === 'R', needsContext: true, brandOnly: false };
  // A brand only simple-icons knows (KDE, Iosevka) counts only next to a well-known technology in a list.
  if (!isWellKnownSkill(name)) {
    const shaped = writtenForm(written) !== 'lower';
    return { ok: shaped && !AMBIGUOUS.has(lower), needsContext: true, brandOnly: true };
  }
  const form = writtenForm(written);
  const ambiguous = AMBIGUOUS.has(lower) || AMBIGUOUS.has(name.toLowerCase());
  if (form === 'lower') {
    // "javascript", "postgresql" are no everyday words: names with inner capitals, digits or symbols, or listed.
    const distinctive = /.[A-Z0-9+#.]/.test(name) || /^[A-Z]{2,}$/.test(name) || LOWERCASE_OK.has(lower);
    return { ok: !ambiguous && distinctive, needsContext: !LOWERCASE_OK.has(lower), brandOnly: false };
  }
  return { ok: true, needsContext: ambiguous, brandOnly: false };
}

function tokens(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(TOKEN)) {
    // A possessive is a person or product ("Max's", "Linux's tree command"), not a claimed skill.
    if (/['’]s$/u.test(m[0])) continue;
    const word = m[0].replace(/[.'’-]+$/u, '');
    if (word && /[\p{L}\p{N}]/u.test(word))
      out.push({ text: word, start: m.index, end: m.index + word.length });
  }
  return out;
}

function candidates(text: string): Candidate[] {
  const words = tokens(text);
  const out: Candidate[] = [];
  for (let i = 0; i < words.length; ) {
    let found: Candidate | null = null;
    let used = 1;
    for (let n = Math.min(MAX_NGRAM, words.length - i); n >= 1 && !found; n--) {
      const span = words.slice(i, i + n);
      // Words of one name are separated by single spaces only: "React, Native" is two things.
      if (span.some((w, j) => j > 0 && text.slice(span[j - 1]!.end, w.start) !== ' ')) continue;
      const written = span.map((w) => w.text).join(' ');
      let shown = written;
      let tech = lookupTechnology(written);
      // "Kubernetes-based", "NixOS-Konfigurationen": the name before a suffix.
      if (!tech && n === 1 && /^[^-]+-\p{L}+$/u.test(written)) {
        shown = written.split('-')[0]!;
        tech = lookupTechnology(shown);
      }
      // Several words must spell the name itself ("Arch Linux"), not fold into another ("I am" → IAM).
      if (!tech || (n > 1 && !spells(tech, written))) continue;
      const verdict = judge(shown, tech);
      if (!verdict.ok) continue;
      found = { ...verdict, name: tech.name, start: span[0]!.start, end: span[n - 1]!.end };
      used = n;
    }
    if (found) out.push(found);
    i += used;
  }
  return out;
}

/**
 * The canonical names of the technologies a line of prose names, in order, without repeats. `listed`: the
 * text is an item of a skills list or grid, so a name that is also a word needs no further context.
 */
export function findTechMentions(raw: string, listed = false): string[] {
  const text = raw.length > MAX_TEXT ? raw.slice(0, MAX_TEXT) : raw;
  const found = candidates(text);
  const names: string[] = [];
  found.forEach((c, i) => {
    // "AWS Certified …" names a certification, which has its own place in the profile.
    if (CERTIFIED.test(text.slice(c.end, c.end + 16))) return;
    if (c.needsContext && !listed) {
      // Listed next to a well-known technology, or (not for bare brands) after a cue word.
      const prev = found[i - 1];
      const next = found[i + 1];
      const inList =
        (prev && !prev.brandOnly && LIST_GAP.test(text.slice(prev.end, c.start))) ||
        (next && !next.brandOnly && LIST_GAP.test(text.slice(c.end, next.start)));
      const cued = !c.brandOnly && CUE_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start));
      if (!inList && !cued) return;
    }
    if (!names.includes(c.name)) names.push(c.name);
  });
  return names;
}
