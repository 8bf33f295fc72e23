// Certifications said in a sentence of some other section ("I'm the platform team's security champion:
// CKS (Certified Kubernetes Security Specialist) and AWS Certified Security – Specialty"), when no
// section holds them and none were read as badges: the line that says it answers "what certifications …".
import type { Profile } from '../profiles/model/profile.js';
import { CERTIFICATION_WORDS } from './certifications.js';

/** Words of a line that states a certification, in English and a few other languages. */
const CERTIFIED =
  /\b(?:certified|certifications?|certificates?|certificados?|certifica[çc][ãa]o|certifica[çc][õo]es|certifi[ée]e?s?|zertifiziert|zertifikat(?:e)?|certificazion[ei])\b|(?:^|[^\p{L}])сертифи/iu;

/** The rule factLine reads for a certification question; undefined for any other topic or when badges say it. */
export function certificationRule(
  profile: Profile,
  topic: string,
): { label: string; cues: readonly { test: (line: string) => boolean }[] } | undefined {
  if (!CERTIFICATION_WORDS.test(topic) || profile.certifications.length > 0) return undefined;
  return { label: 'Certifications', cues: [CERTIFIED] };
}
