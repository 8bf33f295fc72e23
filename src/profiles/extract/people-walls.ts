// wallLinks: links to other people on sponsor, backer, follower and contributor walls. A person has one
// account per network, so many image links to profiles on one network in one section are a wall of others, and
// every profile link under a "Sponsors"/"Followers"/"Contributors" heading is someone else's — unless the
// address is the owner's own.
import { classifyContactUrl } from './classify-contact.js';
import { type Owner, ownsUrl } from './contact-owner.js';
import type { LinkSpot } from './contact-spots.js';
import { parsedUrl } from './contact-urls.js';

const PEOPLE_TITLE =
  /sponsor|backer|supporter|patron|donor|follower|stargazer|contributor|special[- ]thanks|thanks[- ]to|shout-?outs?|acknowledg|hall-of-fame|patrocinador|apoiador|soutien|unterstützer|赞助|贡献者|关注者|スポンサー/i;
/** Distinct other people's profiles on one network in one section that make a wall. */
const WALL_SIZE = 3;

export function wallLinks(links: readonly LinkSpot[], owner: Owner): Set<LinkSpot> {
  const walls = new Set<LinkSpot>();
  // Per section and network: the other people's profile links found there.
  const groups = new Map<string, { spots: LinkSpot[]; values: Set<string> }>();
  const peopleSection = new Map<string, boolean>();
  for (const spot of links) {
    const section = spot.section;
    let people = peopleSection.get(section.id);
    if (people === undefined) {
      people = PEOPLE_TITLE.test(`${section.title} ${section.id}`);
      peopleSection.set(section.id, people);
    }
    // Text links to several people ("with [@lena](…) and [@kobi](…)") are judged one by one; avatars are a wall.
    if ((!people && spot.images.length === 0) || !/^https?:/i.test(spot.url)) continue;
    const guess = classifyContactUrl(spot.url);
    if (!guess || guess.kind === 'website' || guess.kind === 'email' || guess.kind === 'phone') continue;
    const url = parsedUrl(spot.url);
    if (!url || ownsUrl(owner, url)) continue;
    if (people) {
      walls.add(spot);
      continue;
    }
    const key = `${spot.section.id}\u0000${guess.kind}\u0000${guess.label}`;
    const group = groups.get(key) ?? { spots: [], values: new Set<string>() };
    group.spots.push(spot);
    group.values.add(spot.url.toLowerCase().replace(/(?<!\/)\/+$/, ''));
    groups.set(key, group);
  }
  for (const group of groups.values())
    if (group.values.size >= WALL_SIZE) for (const spot of group.spots) walls.add(spot);
  return walls;
}
