// orgBadge: a badge served from a repository of the very organisation it links to ("Made in Vietnam" from
// webuild-community/badge → webuild.community, a banner from acme/Campaign → acme.github.io/Campaign) is
// that organisation's badge, shown by many people: never the person's own contact.
import { type Owner, ownsSegment } from './contact-owner.js';
import type { ImageSpot } from './contact-spots.js';

// The account a repository image is served from: raw.githubusercontent.com/<account>/…, github.com/<account>/…,
// jsDelivr's GitHub mirror cdn.jsdelivr.net/gh/<account>/….
const REPO_IMAGE =
  /^https?:\/\/(?:raw\.githubusercontent\.com|github\.com|cdn\.jsdelivr\.net\/gh)\/([\w.-]{1,39})\/[\w.-]{1,100}\//i;

const squash = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The names a host goes by: whole ("webuild.community"), without its suffix ("acme" of acme.dev), or the
 *  account of a GitHub/GitLab Pages host ("acme" of acme.github.io). */
function hostNames(host: string): string[] {
  const bare = host.toLowerCase().replace(/^www\./, '');
  const pages = /^([\w-]+)\.(?:github|gitlab)\.io$/.exec(bare);
  if (pages) return [squash(pages[1]!)];
  const labels = bare.split('.');
  return [squash(bare), squash(labels.slice(0, -1).join('.'))];
}

export function orgBadge(images: readonly ImageSpot[], url: URL, owner: Owner): boolean {
  if (images.length === 0) return false;
  const names = hostNames(url.hostname);
  return images.some((image) => {
    const account = image.src.length <= 500 ? REPO_IMAGE.exec(image.src)?.[1] : undefined;
    return (
      account !== undefined &&
      names.includes(squash(account)) &&
      squash(account).length >= 3 &&
      !ownsSegment(owner, account)
    );
  });
}
