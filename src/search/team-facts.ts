// deriveTeamFacts: what team questions read of every person ("who does mobile", "who works at 腾讯"),
// worked out when the index takes a profile so that no question has to read everyone's text first.
import type { Profile } from '../profiles/model/profile.js';
import { otherScriptText } from './profile-writes.js';
import { roleTitles } from './role-titles.js';

/** Role titles, and the text of a profile written in another script (or that it has none). */
export function deriveTeamFacts(profile: Profile): void {
  roleTitles(profile);
  otherScriptText(profile);
}
