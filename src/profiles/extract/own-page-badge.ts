// ownPageBadge: a badge naming a service and linking to the person's page there ("Peerlist" → peerlist.io/jo,
// "Kick" → kick.com/jo, "LINE" → line.me/ti/p/~jo) is a contact, not a skill they claim.
import type { ImageRef } from '../markdown/content-lines.js';
import { parsedUrl } from './contact-urls.js';
import { badgeShowsAccount, namesHost, profileShaped } from './service-page.js';

/**
 * True when the badge's one technology is the service its link leads to, at a user's page: a profile-shaped
 * path, or one account segment the badge shows ("Peerlist-jo") or whose badge shows only the service ("Kick").
 */
export function ownPageBadge(image: ImageRef, names: readonly string[]): boolean {
  if (!image.href || names.length !== 1 || image.href.length > 300) return false;
  const url = parsedUrl(image.href);
  if (!url || !/^https?:$/.test(url.protocol) || !namesHost(names[0]!, url.hostname)) return false;
  return profileShaped(url) || badgeShowsAccount(image, url);
}
