// contactsInTextBlock: addresses written unquoted in a text block: "Discord: name#1234", "Email: …" lines of
// a plain ``` bio, and the output of a command named after a network (`$ echo $TWITTER` → "@jane").
import type { Code } from 'mdast';
import { type ContactGuess, classifyContactText } from './classify-contact.js';
import { textBlockLines } from './code-block-text.js';

// Card columns align their values: "Contact:   jane@x.dev".
const LABELLED = /^[^\p{L}\p{N}]{0,6}([\p{L}][\p{L}\p{N} .-]{0,20}?)\s?[:：=] {0,16}(\S.{0,200})$/u;
// A host with a dot and a path, no scheme: "linkedin.com/in/jane", "www.github.com/jane".
const BARE_URL = /^(?:www\.)?[a-z\d-]{1,40}(?:\.[a-z\d-]{1,40}){1,3}\/[\w@.~%/-]{1,100}$/i;
const SITE_KEY = /^(?:web ?site|blog|portfolio|home ?page|site|url)$/i;

const kept = (guess: ContactGuess | null, label: string): guess is ContactGuess =>
  guess !== null && guess.kind !== 'other' && (guess.kind !== 'website' || SITE_KEY.test(label.trim()));

export function contactsInTextBlock(code: Code): { guess: ContactGuess; offset: number }[] {
  const out: { guess: ContactGuess; offset: number }[] = [];
  for (const line of textBlockLines(code)) {
    if (line.command) continue;
    const labelled = LABELLED.exec(line.text);
    const guess = labelled
      ? classifyContactText(labelled[1]!, labelled[2]!)
      : line.key
        ? classifyContactText(line.key, line.text)
        : null;
    const label = labelled ? labelled[1]! : (line.key ?? '');
    if (kept(guess, label)) out.push({ guess, offset: line.offset });
    else if (labelled && BARE_URL.test(labelled[2]!.trim())) {
      // "LinkedIn: linkedin.com/in/jane" in a card: an address written without its scheme.
      const url = classifyContactText(labelled[1]!, `https://${labelled[2]!.trim()}`);
      if (url && url.kind !== 'website' && url.kind !== 'other')
        out.push({ guess: url, offset: line.offset });
    }
  }
  return out;
}
