// createHeadlineIndex: the words of everyone's headline, for people described instead of named ("the
// firmware engineer", "the game programmer" for a "Gameplay programmer").
import type { Profile } from '../profiles/model/profile.js';
import { wordTokens } from '../text/fold-text.js';
import { createTokenIndex } from './token-index.js';

export function createHeadlineIndex(get: (id: string) => Profile | undefined) {
  const headlines = createTokenIndex<string>();
  return {
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
      let ids: string[] | null = null;
      for (const word of words) {
        const forms = word.length >= 4 ? headlines.wordsStartingWith(word) : [word];
        const holders = new Set(forms.flatMap((form) => headlines.docsWith(form)));
        ids = (ids ?? [...holders]).filter((id) => holders.has(id));
        if (ids.length === 0) return [];
      }
      return (ids ?? []).flatMap((id) => get(id) ?? []);
    },
  };
}
