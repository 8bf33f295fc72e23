// PostingList: additions and removals in any order keep exactly the ids left, in ascending order, whether
// the list is a bare id or an Int32Array that grows and shrinks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countOf,
  hasId,
  idsOf,
  type PostingList,
  withId,
  withoutId,
} from '../../../src/search/posting-list.js';

describe('PostingList', () => {
  it('holds the ids added and not removed, in ascending order, whatever the size', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.record({ add: fc.nat(200) }), fc.record({ remove: fc.nat(200) })), {
          maxLength: 400,
        }),
        (ops) => {
          let list: PostingList | undefined;
          let model: number[] = [];
          for (const op of ops) {
            if ('add' in op) {
              list = withId(list, op.add);
              if (!model.includes(op.add)) model.push(op.add);
              model.sort((a, b) => a - b);
            } else {
              list = withoutId(list, op.remove);
              model = model.filter((id) => id !== op.remove);
            }
            expect([...idsOf(list)]).toEqual(model);
            expect(countOf(list)).toBe(model.length);
            const touched = 'add' in op ? op.add : op.remove;
            for (const probe of [touched, 0, 100, 200])
              expect(hasId(list, probe)).toBe(model.includes(probe));
            expect(list === undefined).toBe(model.length === 0);
          }
        },
      ),
    );
  });

  it('stores a word one document holds as the bare id, and ignores that document added again', () => {
    expect(withId(undefined, 7)).toBe(7);
    expect(withId(7, 7)).toBe(7);
    const two = withId(7, 9);
    expect([...idsOf(two)]).toEqual([7, 9]);
    expect(withoutId(two, 7)).toBe(9);
    expect([...idsOf(withId(two, 9))]).toEqual([7, 9]);
    expect([...idsOf(withId(9, 7))]).toEqual([7, 9]);
  });
});
