// createOtherScriptWriters: the profiles whose text holds another script (Han, kana, hangul, Cyrillic), kept
// as the index changes, so a question about 深圳 or 腾讯 reads those few instead of looking at everyone
// (a look at each of 50,000 profiles cost ~9 ms per question, most of "anyone in asia").
import type { Profile } from '../profiles/model/profile.js';
import { otherScriptText } from './profile-writes.js';

export function createOtherScriptWriters(profiles: ReadonlyMap<string, Profile>) {
  // Built on first use (a one-off `ask` never pays for it), then kept up to date.
  let writers: Map<string, Profile> | null = null;
  return {
    add(profile: Profile): void {
      if (writers && otherScriptText(profile) !== null) writers.set(profile.id, profile);
    },
    remove(profile: Profile): void {
      writers?.delete(profile.id);
    },
    all(): Iterable<Profile> {
      if (!writers) {
        writers = new Map();
        for (const profile of profiles.values())
          if (otherScriptText(profile) !== null) writers.set(profile.id, profile);
      }
      return writers.values();
    },
  };
}
