// groupAccountLink: a link to an organisation's account, said so by its badge or icon ("templecon
// organization") or by the heading it sits under ("Check out my Organization!", "제 조직"), is the group's
// page, not a way to reach the person — unless the address is theirs. ("Platform team" in a role heading
// says nothing about the links under it: only the word organisation does.)
import { type Owner, ownsUrl } from './contact-owner.js';
import type { LinkSpot } from './contact-spots.js';
import { badgeTexts } from './service-page.js';

const GROUP_WORD =
  /(?<!\p{L})(?:organi[sz]ations?|orgs?|organisatie|organización|organização|组织|組織|조직|организация)(?!\p{L})/iu;

export function groupAccountLink(spot: LinkSpot, url: URL, owner: Owner): boolean {
  if (spot.images.length === 0 || ownsUrl(owner, url)) return false;
  const said = spot.images.some((image) =>
    [image.alt, image.title, ...badgeTexts(image)].some((t) => t.length <= 120 && GROUP_WORD.test(t)),
  );
  return (
    said ||
    (spot.section.level > 0 && spot.section.title.length <= 120 && GROUP_WORD.test(spot.section.title))
  );
}
