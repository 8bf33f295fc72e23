// selfRoleLink: "I'm a student, aspiring [writer](https://medium.com/@jo)", "I am a [photographer](instagram…)":
// a word the person calls themselves, linked to a known site, is their account there (where that work is).

const ROLE_WORD =
  /^(?:(?:an?|aspiring|amateur|hobby|part-time|full-time|freelance|occasional)\s){0,2}(?:writer|blogger|author|photographer|artist|illustrator|designer|youtuber|streamer|podcaster|speaker|musician|developer|engineer|coder|programmer|creator|maker)$/i;

/** True when the link's words are a role and the sentence before says "I'm" (the role is theirs). */
export function selfRoleLink(tail: string, words: string): boolean {
  if (!ROLE_WORD.test(words.trim())) return false;
  // "I'm …" or "I am …" earlier in the same sentence, a few words before the link.
  const text = tail.slice(-60).toLowerCase().replaceAll('’', "'");
  const at = Math.max(text.lastIndexOf("i'm "), text.lastIndexOf('i am '));
  return at >= 0 && !/\p{L}/u.test(text[at - 1] ?? '') && !/[.!?\n]/.test(text.slice(at));
}
