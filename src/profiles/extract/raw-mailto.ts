// mailtoInSource: e-mail addresses written after "mailto:" anywhere in the file's source outside HTML
// comments — where the HTML reader cannot keep them (a broken tag's stray attribute, a badge's `link=`
// parameter). A mailto: is written only to be clicked, like the mailto: links that always count.
import { type ContactGuess, classifyContactUrl } from './classify-contact.js';

const MAX_FOUND = 20;
const ADDRESS = /^mailto:([\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6})/i;

export interface SourceMail {
  guess: ContactGuess;
  line: number;
}

export function mailtoInSource(text: string): SourceMail[] {
  const out: SourceMail[] = [];
  let line = 1;
  let counted = 0;
  // The comment that may hold the next address, found moving forward only (linear in the text).
  let from = text.indexOf('<!--');
  let to = from >= 0 ? text.indexOf('-->', from + 4) : -1;
  for (
    let at = text.indexOf('mailto:');
    at >= 0 && out.length < MAX_FOUND;
    at = text.indexOf('mailto:', at + 7)
  ) {
    while (from >= 0 && to >= 0 && to < at) {
      from = text.indexOf('<!--', to + 3);
      to = from >= 0 ? text.indexOf('-->', from + 4) : -1;
    }
    if (from >= 0 && from < at && (to < 0 || to > at)) {
      if (to < 0) break;
      continue;
    }
    const match = ADDRESS.exec(text.slice(at, at + 140));
    const guess = match ? classifyContactUrl(`mailto:${match[1]}`) : null;
    if (!guess) continue;
    for (let nl = text.indexOf('\n', counted); nl >= 0 && nl < at; nl = text.indexOf('\n', nl + 1)) {
      line++;
      counted = nl + 1;
    }
    out.push({ guess, line });
  }
  return out;
}
