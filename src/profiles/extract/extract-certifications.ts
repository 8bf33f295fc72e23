// extractCertifications: certifications from certification sections and from badge images anywhere
// (alt text, credly-style badge links), e.g. rajat-jog.md's AWS Machine Learning – Specialty badge.
import { collectImages, collectLinks, contentLines } from '../markdown/content-lines.js';
import type { SourceDocument } from '../markdown/source-document.js';
import { walkSections } from '../markdown/walk-sections.js';
import type { Certification, ParseWarning } from '../model/profile.js';
import { parsedUrl } from './contact-urls.js';
import { parsePeriod } from './parse-period.js';

const CERT_WORDS =
  /\b(certified|certification|certificate|certificat|zertifi|certifica|specialty|associate|professional|practitioner|cka|ckad|cks)\b/i;
const BADGE_HOSTS =
  /(^|\.)(credly\.com|youracclaim\.com|acclaim\.com|accredible\.com|certmetrics\.com|learn\.microsoft\.com|cloud\.google\.com)$/i;
const ISSUERS: [RegExp, string][] = [
  [/\baws\b|amazon web services/i, 'AWS'],
  [/google cloud|\bgcp\b/i, 'Google Cloud'],
  [/azure|microsoft/i, 'Microsoft'],
  [/\bcka\b|\bckad\b|\bcks\b|kubernetes|cncf/i, 'CNCF'],
  [/hashicorp|terraform/i, 'HashiCorp'],
  [/oracle|\bjava\b/i, 'Oracle'],
  [/cisco|ccna|ccnp/i, 'Cisco'],
  [/comptia/i, 'CompTIA'],
  [/scrum/i, 'Scrum'],
];

const issuerOf = (name: string): string | null => ISSUERS.find(([p]) => p.test(name))?.[1] ?? null;

// A badge host's name written in a plain ASCII address (no escapes, no spaces): only then can it be on one.
const BADGE_NAMES =
  /credly\.com|acclaim\.com|accredible\.com|certmetrics\.com|learn\.microsoft\.com|cloud\.google\.com/i;
const PLAIN_ADDRESS = /^[\x21-\x24\x26-\x7e]*$/;

function onBadgeSite(url: string | null): boolean {
  if (!url || (PLAIN_ADDRESS.test(url) && !BADGE_NAMES.test(url))) return false;
  return BADGE_HOSTS.test(parsedUrl(url)?.hostname ?? '');
}

export function extractCertifications(doc: SourceDocument): {
  certifications: Certification[];
  warnings: ParseWarning[];
} {
  const certifications: Certification[] = [];
  const seen = new Set<string>();
  const add = (rawName: string, url: string | null, line: number | null) => {
    const name = rawName.replace(/\s+/g, ' ').trim();
    const key = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    if (!key || name.length > 200 || seen.has(key)) return;
    seen.add(key);
    certifications.push({ name, issuer: issuerOf(name), url, line });
  };

  walkSections(doc, (section) => {
    for (const image of collectImages(section.blocks)) {
      const { alt } = image;
      if (!alt) continue;
      if (CERT_WORDS.test(alt) || (alt.length > 3 && (onBadgeSite(image.href) || onBadgeSite(image.src))))
        add(alt, image.href, image.line);
    }
    if (section.kind !== 'certifications') return;
    const links = collectLinks(section.blocks);
    for (const line of contentLines(section.blocks)) {
      // Paragraph lines count only when they read like a certificate name, not a sentence about one.
      const sentence = /[.!?]$/.test(line.text) || /^(I|My|We|Our)\b/.test(line.text);
      if (line.type === 'line' && (sentence || !CERT_WORDS.test(line.text))) continue;
      const name = parsePeriod(line.text)?.rest ?? line.text;
      const link = links.find((l) => l.line === line.line && !l.hasImage);
      add(name, link?.url ?? null, line.line);
    }
  });
  return { certifications, warnings: [] };
}
