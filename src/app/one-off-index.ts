// oneOffIndex: the index for one answer (`ask`): its section search built on first use, and with a parse
// cache its people and skill indexes restored from the snapshot an earlier ask kept there for these very
// profiles (same entries, same order, same code); otherwise built, and kept there for the next one.
import type { Profile } from '../profiles/model/profile.js';
import type { ParseCache } from '../profiles/store/parse-cache.js';
import type { IndexSnapshot } from '../search/index-snapshot.js';
import { createProfileIndex, snapshotIndex } from '../search/profile-index.js';
import type { ProfileIndex } from '../search/search-types.js';

/**
 * `onRekept`: a question found the restored index wrong about a skill (only a forged cache is: a holder's
 * skill is checked when their profile is first read); it was built afresh, and kept for the next save.
 */
export function oneOffIndex(
  profiles: readonly Profile[],
  cache?: ParseCache,
  onRekept?: () => void,
): ProfileIndex {
  // The cache keeps what it was given: an IndexSnapshot, under the same code's fingerprint.
  const kept = cache?.keptIndex(profiles) as IndexSnapshot | undefined;
  if (kept && cache)
    try {
      const restored = createProfileIndex(profiles, {
        lazySections: true,
        from: kept,
        onKeptMisfit(problem) {
          cache.stats.indexProblem = `${problem}; built afresh`;
          cache.keepIndex(profiles, snapshotIndex(restored));
          onRekept?.();
        },
      });
      return restored;
    } catch (error) {
      // Only a snapshot that does not fit its profiles gets here (its sum and key held): build afresh.
      cache.stats.indexProblem = `${(error as Error).message}; built afresh`;
    }
  const index = createProfileIndex(profiles, { lazySections: true });
  cache?.keepIndex(profiles, snapshotIndex(index));
  return index;
}
