// PostingList: appends and removals in any order keep exactly the ids left, in insertion order, as the
// list grows and shrinks its Int32Array.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendId, idsOf, newPostingList, removeId } from '../../../src/search/posting-list.js';

describe('PostingList', () => {
  it('holds the ids appended and not removed, in order, whatever the size', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.record({ add: fc.nat(200) }), fc.record({ remove: fc.nat(200) })), {
          maxLength: 400,
        }),
        (ops) => {
          const list = newPostingList('word');
          let model: number[] = [];
          for (const op of ops) {
            if ('add' in op) {
              if (model.includes(op.add)) continue; // a document is added to a word once
              appendId(list, op.add);
              model.push(op.add);
            } else {
              removeId(list, op.remove);
              model = model.filter((id) => id !== op.remove);
            }
            expect([...idsOf(list)]).toEqual(model);
            expect(list.size).toBe(model.length);
          }
        },
      ),
    );
  });
});
