import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/place-employer-names'));
});

const ids = (reply: { data: unknown }) =>
  ((reply.data as { people?: { personId: string }[] }).people ?? []).map((p) => p.personId).sort();

describe('a place name that starts an employer name, and employer questions about a place name', () => {
  it('does not place someone in Zurich for working at Zurich Insurance', () => {
    expect(ids(t.ask('who is from zurich'))).toEqual(['jonas']);
  });

  it('does not place someone in New York for reporting at New York Times', () => {
    expect(ids(t.ask('who is in new york'))).toEqual([]);
  });

  it('places someone at a place a country follows ("engineer at Lisbon Portugal")', () => {
    expect(ids(t.ask('who is in lisbon'))).toEqual(['paula']);
  });

  it('places a student at the town their school is named after', () => {
    expect(ids(t.ask('who is in bremerhaven'))).toEqual(['kilian']);
  });

  it('reads "who works at zurich" as an employer, not a place', () => {
    expect(ids(t.ask('who works at zurich'))).toEqual(['mara']);
  });

  it('reads /people employer:zurich as an employer', () => {
    const reply = t.engine.answer({
      command: 'people',
      args: { employer: 'zurich' },
      platform: 'shell',
    } as never);
    expect(ids(reply)).toEqual(['mara']);
  });

  it("does not count a place in a job's text as its employer when the job names another", () => {
    expect(ids(t.ask('who worked at zurich'))).not.toContain('jonas');
  });
});
