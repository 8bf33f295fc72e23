// messengerPhones: a phone number written under the names of the apps that reach it ("TG, WA: +7 900…",
// "WhatsApp / Telegram: +55 11 9…", "Signal: +49 …") is a phone contact; and labelsNameSite, which says
// when such labels name the site a link opens ("[TG, WA: +7 900…](https://t.me/jo)" is their Telegram).
import { type ContactGuess, KIND_LABELS } from './classify-contact.js';
import { siteNamed } from './contact-sites.js';

// Apps and words that stand for a phone number; a label list made only of these labels a number.
const PHONE_WORD =
  /^(?:tg|wa|telegram|whats ?app|signal|viber|phone|tel|mobile|cell|sms|zalo|line|телефон|тел|моб|telefone|teléfono|celular|whatsapp?)$/iu;
// The parts of a line a reader sees as separate fields ("Batumi | TG, WA: +7… | site.dev").
const FIELD_SPLIT = /\s[|•·]\s|\s?\|\s?/u;
const LABELLED = /^([\p{L}][\p{L} ,/&+]{0,39})[:：]\s{0,2}(\+?\d[\d ().-]{6,22}\d)$/u;
const LABEL_SPLIT = /\s{0,2}[,/&+]\s{0,2}|\s(?:and|or|и|или|e|y|ou)\s/iu;
const MAX_LINE = 400;

function labelsOf(field: string): { labels: string[]; number: string } | null {
  const m = LABELLED.exec(field.trim());
  if (!m) return null;
  const labels = m[1]!.trim().split(LABEL_SPLIT).filter(Boolean);
  return labels.length > 0 && labels.length <= 4 ? { labels, number: m[2]! } : null;
}

/** Phone numbers given under app names in a line of text. */
export function messengerPhones(text: string): ContactGuess[] {
  if (!/\d{3}/.test(text) || !/[:：]/.test(text)) return [];
  const out: ContactGuess[] = [];
  for (const field of text.slice(0, MAX_LINE).split(FIELD_SPLIT)) {
    const read = labelsOf(field);
    if (!read?.labels.every((label) => PHONE_WORD.test(label))) continue;
    if (read.number.replace(/\D/g, '').length < 7) continue;
    out.push({ kind: 'phone', value: read.number, label: KIND_LABELS.phone });
  }
  return out;
}

/** "[TG, WA: +7 900…](https://t.me/jo)": one of the labels of a link's text names the site it opens. */
export function labelsNameSite(words: string, kind: ContactGuess['kind']): boolean {
  const read = words.length <= 80 && /[:：]/.test(words) ? labelsOf(words) : null;
  return !!read && read.labels.some((label) => siteNamed(label)?.kind === kind);
}
