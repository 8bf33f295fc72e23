// createHeadlineIndex: the words of everyone's headline, for people described instead of named ("the
// firmware engineer", "the game programmer" for a "Gameplay programmer").
import type { Profile } from '../profiles/model/profile.js';
import { wordTokens } from '../text/fold-text.js';
import { createTokenIndex, type TokenIndex } from './token-index.js';

/** `headlines`: the words of everyone's headline by id (a restored one, index-snapshot.ts), else empty. */
export function createHeadlineIndex(
  get: (id: string) => Profile | undefined,
  headlines: TokenIndex<string> = createTokenIndex<string>(),
) {
  return {
    tokens: headlines,
    add: (profile: Profile) => headlines.add(profile.id, wordTokens(profile.headline ?? '')),
    remove: (profile: Profile) => headlines.remove(profile.id, wordTokens(profile.headline ?? '')),
    /**
     * People whose headline holds every one of these folded words ("firmware", "data engineer"); when
     * none does, a word of four letters or more may start a headline word ("game" → "gameplay").
     */
    withHeadline(words: readonly string[]): Profile[] {
      if (words.length === 0) return [];
      const exactly = headlines.docsWithAll(words);
      if (exactly.length > 0) return exactly.flatMap((id) => get(id) ?? []);
      // Words some headline holds as typed are taken as typed; only the others are read as the start of
      // one, through the trigram vocabulary (no walk over every headline word). Those first: they are
      // the rare ones, and one that starts no headline word ends the look-up before any long list.
      const typed = words.filter((w) => headlines.holderCount(w) > 0);
      let ids: string[] | null = null;
      for (const word of words) {
        if (typed.includes(word)) continue;
        const forms =
          word.length >= 4
            ? headlines
                .expand(word, { prefix: true, minSimilarity: 1, limit: 50 })
                .map((e) => e.token)
                .filter((form) => form.startsWith(word))
            : [];
        const holders = new Set(forms.flatMap((form) => headlines.docsWith(form)));
        ids = (ids ?? [...holders]).filter((id) => holders.has(id));
        if (ids.length === 0) return [];
      }
      const found = ids ?? [];
      return found.filter((id) => headlines.holdsAll(id, typed)).flatMap((id) => get(id) ?? []);
    },
  };
}
