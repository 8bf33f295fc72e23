// readCodeBio: the facts of a profile written as code (a JS object, a Python class, a Go struct, a YAML
// card): its key → values entries (code-bio-lines.ts) mapped through a small multilingual lexicon to name,
// aliases, role, employers and contacts. Only a block that reads as a bio (keys of several kinds) counts.
import { type CodeBioEntry, codeBioLines } from './code-bio-lines.js';
import { readPersonName } from './read-person-name.js';
import { sideCardLines } from './side-card-lines.js';
import { isSkillKey } from './skills-from-code.js';

export type BioKind =
  | 'name'
  | 'surname'
  | 'alias'
  | 'role'
  | 'company'
  | 'jobs'
  | 'period'
  | 'contact'
  | 'about';

const MAX_TEXT = 20_000;
const MAX_BLOCKS = 8;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})[ \t]*([\w+#-]*)/;

// Keys by kind, compared lowercased without `_`, `-`, spaces, and a leading "current"/"my"/"full".
const LEXICON: Record<BioKind, RegExp> = {
  name: /^(?:name|realname|firstname|nome|nombre|nom|nomecompleto|nombrecompleto|vorname|imya|имя|이름|名前|姓名)$/u,
  surname: /^(?:surname|lastname|familyname|sobrenome|apellidos?|nachname|фамилия)$/u,
  alias: /^(?:alias|aliases|nickname|nick|aka|handle|login|username|user|pseudo|apodo|apelido|codename)$/,
  role: /^(?:role|roles|title|position|jobtitle|job|occupation|designation|profession|cargo|puesto|poste|beruf)$/,
  company:
    /^(?:company|employer|organi[sz]ation|org|workplace|worksat|workingat|empresa|entreprise|firma|unternehmen|компания)$/u,
  jobs: /^(?:experience|experiences|work|workexperience|jobs|career|employment|experiencia|experiência|berufserfahrung)$/u,
  period: /^(?:period|dates?|duration|since|years|when|from|to|start|startdate|end|enddate|tenure)$/,
  contact:
    /^(?:email|mail|gmail|github|gitlab|linkedin|twitter|x|website|site|web|blog|portfolio|homepage|telegram|discord|mastodon|contact|contacts|social|socials)$/,
  about:
    /^(?:location|pronouns|livesin|basedin|city|country|bio|about|age|education|hobbies|interests|funfact|ubicacion|localizacao)$/,
};
// Words that say the block describes its author: `const me`, `class Developer`, `$ whoami`, `perfil = {`.
const SELF_MARKER =
  /\b(?:me|myself|aboutme|about_me|about|whoami|finger|profile|perfil|profil|bio|developer|engineer|programmer|coder|hacker|dev|human|person|author|sobre|acerca)\b/i;

export function bioKey(key: string): string {
  return key
    .toLowerCase()
    .replace(/[\s_-]/g, '')
    .replace(/^(?:current|my|full|main|primary)(?=[a-zа-я]{2})/u, '');
}

export function bioKind(key: string): BioKind | null {
  const k = bioKey(key);
  for (const kind of Object.keys(LEXICON) as BioKind[]) if (LEXICON[kind].test(k)) return kind;
  return null;
}

export interface CodeBio {
  entries: readonly CodeBioEntry[];
  /** The block's 1-based first content line in the file. */
  line: number;
  /** A class or struct named like a person (`class JaneDoe`), split into words. */
  typeName: string | null;
}

const PERSON_TYPE =
  /\b(?:class|struct|record|object|interface|type)\s+([A-Z][a-z]{1,20})([A-Z][a-z]{1,20})\b/;

/**
 * Whether a block's keys read as a bio: two kinds of bio key with a self marker (`me`, `class Developer`,
 * a type named like a person), or three kinds one of which is a name (a YAML card). Sample code of a
 * project (`{ company: 'Acme', email: … }`) has neither.
 */
function isBio(entries: readonly CodeBioEntry[], block: string): boolean {
  const kinds = new Set<string>();
  for (const e of entries) {
    const kind = bioKind(e.key);
    if (kind && kind !== 'period' && (e.values.length > 0 || kind === 'jobs' || kind === 'contact'))
      kinds.add(kind);
    else if (isSkillKey(e.key) && e.values.length > 0) kinds.add('skills');
  }
  if (kinds.size < 2) return false;
  const top = block.slice(0, 4000);
  return SELF_MARKER.test(top) || personType(top) !== null || (kinds.size >= 3 && kinds.has('name'));
}

/** `class JaneDoe` → "Jane Doe" when the two words read as a person's name. */
function personType(block: string): string | null {
  const type = PERSON_TYPE.exec(block);
  const name = type ? `${type[1]} ${type[2]}` : null;
  return name && readPersonName(name, { handle: null }) === name ? name : null;
}

let lastText: string | null = null;
let lastBio: CodeBio | null = null;

/**
 * The first fenced block of the file that reads as a bio, scanned into entries; null when none. The same
 * text is read once however many extractors ask (the last result is kept).
 */
export function readCodeBio(markdown: string): CodeBio | null {
  if (markdown === lastText) return lastBio;
  lastText = markdown;
  lastBio = null;
  const lines = markdown.slice(0, MAX_TEXT).split('\n');
  let blocks = 0;
  for (let i = 0; i < lines.length && blocks < MAX_BLOCKS; i++) {
    const fence = FENCE.exec(lines[i]!);
    if (!fence) continue;
    let end = i + 1;
    const close = fence[1]!;
    while (end < lines.length && !lines[end]!.trimStart().startsWith(close)) end++;
    blocks++;
    const raw = lines.slice(i + 1, end);
    // A neofetch card's facts stand beside its art: read them without it.
    const block = (sideCardLines(raw) ?? raw).join('\n');
    const entries = codeBioLines(block);
    if (isBio(entries, block)) {
      lastBio = { entries, line: i + 2, typeName: personType(block.slice(0, 4000)) };
      return lastBio;
    }
    i = end;
  }
  return null;
}

/** The name a block's bio entries state (`name` and a `surname` joined), and a person-named type; null when not a bio. */
export function codeBioName(block: string): { name: string | null; typeName: string | null } | null {
  const entries = codeBioLines(block);
  if (!isBio(entries, block)) return null;
  const bio: CodeBio = { entries, line: 0, typeName: null };
  const first = bioValue(bio, 'name', (k) => !k.includes(' '));
  const surname = bioValue(bio, 'surname');
  const name = first && surname && !first.includes(' ') ? `${first} ${surname}` : first;
  return { name, typeName: personType(block.slice(0, 4000)) };
}

/** The first value of an entry of this kind (outside job records for role/company); null when none. */
export function bioValue(bio: CodeBio, kind: BioKind, keyFits?: (key: string) => boolean): string | null {
  for (const e of bio.entries)
    if (
      bioKind(e.key) === kind &&
      e.values.length > 0 &&
      (keyFits === undefined || keyFits(e.key)) &&
      !e.path.some((p) => bioKind(p) === 'jobs')
    )
      return e.values.join(', ');
  return null;
}
