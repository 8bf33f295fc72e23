// describedSiteLabel: a label that names one of the person's sites by what it is for ("Consulting Page:",
// "Technical Blog:", "Photography Website -"): one or two words, then a site word. A site of something else
// ("Company website", "Project page", "Docs site", "Sponsor page") is no way to reach the person.

const DESCRIBED =
  /^(?:[\p{L}&'’-]{2,20}\s){1,2}(?:web ?site|site|page|web ?page|home ?page|blog|portfolio|sitio|página|portfólio|seite|webseite)$/iu;
const OTHERS =
  /\b(?:company|project|projects|team|client|employer|startup|product|sponsors?|sponsoring|donations?|donate|docs|documentation|demo|status|landing|download|downloads|release|releases|app|event|conference|course|github|gitlab|facebook|fan|official|org|organi[sz]ation|community|school|university|empresa|proyecto|projeto|firma)\b/iu;

export function describedSiteLabel(label: string | null): boolean {
  if (!label || label.length > 40) return false;
  const text = label.trim();
  return DESCRIBED.test(text) && !OTHERS.test(text);
}
