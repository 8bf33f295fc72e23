// createSameFiles: which names of the profile folder are one file (two links to it, or a link and its
// target), so a reload serves each real file once, under the first of its names in sorted order, as a
// fresh load of the folder does.
import type { ParseResult } from '../profiles/model/parse-result.js';
import type { FileOutcome } from '../profiles/store/load-options.js';
import { compareNames } from '../profiles/store/load-profile-files.js';

/** One name's new state in a reload: parsed (or rejected), gone, or left out as the same file as `of`. */
export type Change =
  | { name: string; result: ParseResult }
  | { name: string; result: 'deleted' }
  | { name: string; result: 'duplicate'; of: string };

export interface SameFiles {
  /** `names`, and every name recorded as the same file as one of them (read again with it). */
  withSharers(names: Iterable<string>): string[];
  /**
   * Records where each outcome's name now leads and turns the outcomes into changes (names still being
   * written are left out). A name that is not the first of its file becomes a duplicate; a first one
   * also displaces any other name of that file that `held` says is served or reported.
   */
  changes(outcomes: readonly FileOutcome[], held: (name: string) => boolean): Change[];
}

export function createSameFiles(initial: ReadonlyMap<string, string>): SameFiles {
  const realOf = new Map<string, string>();
  const namesAt = new Map<string, Set<string>>();
  const forget = (name: string) => {
    const real = realOf.get(name);
    if (real === undefined) return;
    realOf.delete(name);
    const names = namesAt.get(real)!;
    names.delete(name);
    if (names.size === 0) namesAt.delete(real);
  };
  const note = (name: string, real: string) => {
    forget(name);
    realOf.set(name, real);
    const names = namesAt.get(real) ?? new Set<string>();
    names.add(name);
    namesAt.set(real, names);
  };
  /** The first name (sorted) of the file at `real`. */
  const first = (real: string) => [...namesAt.get(real)!].sort(compareNames)[0]!;
  for (const [name, real] of initial) note(name, real);

  return {
    withSharers(names) {
      const all = new Set<string>();
      for (const name of names) {
        all.add(name);
        const real = realOf.get(name);
        if (real !== undefined) for (const sharer of namesAt.get(real)!) all.add(sharer);
      }
      return [...all];
    },
    changes(outcomes, held) {
      for (const o of outcomes) {
        if (o.state === 'missing' || (o.state === 'read' && o.real === undefined)) forget(o.name);
        else if (o.real !== undefined) note(o.name, o.real);
      }
      const inBatch = new Set(outcomes.map((o) => o.name));
      const changes: Change[] = [];
      for (const o of outcomes) {
        if (o.state === 'changing' || o.state === 'deferred') continue;
        if (o.state === 'missing') {
          changes.push({ name: o.name, result: 'deleted' });
          continue;
        }
        const owner = o.real === undefined ? o.name : first(o.real);
        if (owner !== o.name) {
          changes.push({ name: o.name, result: 'duplicate', of: owner });
          continue;
        }
        if (o.state === 'read') changes.push({ name: o.name, result: o.result });
        // Another name of this file, not read in this batch, that a fresh load would leave out now.
        if (o.real !== undefined)
          for (const other of namesAt.get(o.real)!)
            if (other !== owner && !inBatch.has(other) && held(other))
              changes.push({ name: other, result: 'duplicate', of: owner });
      }
      return changes;
    },
  };
}
