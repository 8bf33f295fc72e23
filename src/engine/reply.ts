// The platform-neutral answer: every command and failure becomes one Reply; renderers draw it.

/** Who an answer is about. */
export interface PersonRef {
  id: string;
  name: string;
}

export const REPLY_KINDS = [
  'profile',
  'skills',
  'contact',
  'experience',
  'section',
  'search',
  'whoknows',
  'people',
  'help',
  'ambiguous',
  'not_found',
  'usage',
  'rate_limited',
  'error',
] as const;
export type ReplyKind = (typeof REPLY_KINDS)[number];

/**
 * Content blocks, in order. All strings are plain text (never platform markup): renderers escape
 * and format them. `heading` is a short label (≤ 256 chars after rendering).
 */
export type ReplyBlock =
  /** Name/value pairs, e.g. a skills category and its skills, a contact kind and its address. */
  | { type: 'fields'; heading?: string; fields: ReplyField[] }
  /** A bullet list. */
  | { type: 'list'; heading?: string; items: string[] }
  /** A paragraph (may contain newlines). */
  | { type: 'text'; heading?: string; text: string };

export interface ReplyField {
  name: string;
  value: string;
  /** Renderers may place inline fields side by side. */
  inline?: boolean;
}

export interface ReplyLink {
  label: string;
  url: string;
}

export interface ReplyBase {
  kind: ReplyKind;
  /** The person the answer is about, if one. */
  person: PersonRef | null;
  /** People offered as choices (ambiguous) or suggestions (not_found); else empty. */
  candidates: PersonRef[];
  /** One-line title ("Rajdeep Sengupta — Skills"). */
  title: string;
  /** Lead text under the title (headline, the "did you mean" sentence), plain text. */
  description?: string;
  blocks: ReplyBlock[];
  /** Links to show as buttons or a link list (contact URLs). */
  links: ReplyLink[];
  /** Where the answer came from ("rajdeep-sengupta.md › Core Skills"). */
  footer?: string;
  /** Follow-up queries the user could type ("/contact rajdeep"). */
  suggestions: string[];
  /** Only the asker should see it (ephemeral) where the platform allows. */
  ephemeral: boolean;
}

/** Kind-specific data, for `ask --format json` and for tests; renderers use only ReplyBase. */
export type Reply =
  | (ReplyBase & { kind: 'profile'; data: { profileId: string } })
  | (ReplyBase & { kind: 'skills'; data: { categories: { category: string | null; skills: string[] }[] } })
  | (ReplyBase & {
      kind: 'contact';
      data: { contacts: { kind: string; value: string; label: string }[]; hiddenCount: number };
    })
  | (ReplyBase & {
      kind: 'experience';
      data: {
        entries: { text: string; title: string | null; organization: string | null; period: string | null }[];
      };
    })
  | (ReplyBase & { kind: 'section'; data: { sectionId: string; sectionTitle: string } })
  | (ReplyBase & {
      kind: 'search';
      data: {
        query: string;
        hits: { personId: string; sectionTitle: string; snippet: string; score: number }[];
      };
    })
  | (ReplyBase & {
      kind: 'whoknows';
      data: {
        skill: string;
        matches: {
          personId: string;
          name: string;
          skill: string;
          evidence: string;
          score: number;
          /** lists the skill (all of them, when several) · only mentions it in prose · lists some of several ·
           * learning it · lists one of its kind, not it by name (Bash for "shell"). */
          match: 'lists' | 'mentions' | 'some' | 'learning' | 'family';
        }[];
      };
    })
  | (ReplyBase & {
      kind: 'people';
      data: {
        count: number;
        /** A narrowed list (an employer, a place, a group): each person and the line that puts them there. */
        people?: {
          personId: string;
          name: string;
          why: string;
          /** Works there now or did before (or no dates say) · based there · studied there · by title · by listed
           * skills · a line of theirs says so (open to work, worked on games) · speaks the language asked. */
          match: 'now' | 'before' | 'unknown' | 'place' | 'school' | 'role' | 'skills' | 'says' | 'language';
        }[];
      };
    })
  | (ReplyBase & { kind: 'help'; data: { command: string | null } })
  | (ReplyBase & { kind: 'ambiguous'; data: { query: string } })
  | (ReplyBase & {
      kind: 'not_found';
      data: { query: string; what: 'person' | 'section' | 'command' | 'results' };
    })
  | (ReplyBase & { kind: 'usage'; data: { command: string; problem: string } })
  | (ReplyBase & { kind: 'rate_limited'; data: { retryAfterSeconds: number } })
  | (ReplyBase & { kind: 'error'; data: { code: string } });

export type ReplyOf<K extends ReplyKind> = Extract<Reply, { kind: K }>;
