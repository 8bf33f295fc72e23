// domainSlugStems: an icon slug made from the project's web domain (vectorlogo.zone and others:
// "typescriptlang" for typescriptlang.org, "jestjsio" for jestjs.io, "getpostman" for getpostman.com),
// read back as the shorter names it may stand for: "typescript", "jestjs", "jest", "postman".

const PREFIX = /^(?:get|use|try)(?=[a-z]{3})/;
const SUFFIX = /(?:lang|io|dev|org|com|hq|app|js|scm)$/;

/** The stems to try after dropping a domain prefix and up to two domain suffixes, longest first. */
export function domainSlugStems(id: string): string[] {
  let stem = id.toLowerCase().replace(/[-_.]/g, '');
  if (stem.length > 40) return [];
  const out: string[] = [];
  const unprefixed = stem.replace(PREFIX, '');
  if (unprefixed !== stem) out.push(unprefixed);
  stem = unprefixed;
  for (let i = 0; i < 2; i++) {
    const shorter = stem.replace(SUFFIX, '');
    if (shorter === stem || shorter.length < 3) break;
    out.push(shorter);
    stem = shorter;
  }
  return out;
}
