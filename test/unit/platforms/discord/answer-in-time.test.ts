// answerInTime: when an interaction is deferred, counted from when Discord created it (its snowflake id),
// and how a deferred answer is delivered.
import { describe, expect, it } from 'vitest';
import {
  answerInTime,
  createdAt,
  deferralFor,
  type InteractionReplies,
} from '../../../../src/platforms/discord/answer-in-time.js';
import type { CallbackBody } from '../../../../src/platforms/discord/interaction-response.js';
import type { Interaction } from '../../../../src/platforms/discord/interaction-schema.js';

/** A snowflake for a moment in time (Discord's epoch is 2015-01-01). */
const snowflakeAt = (ms: number) => String((BigInt(ms) - 1_420_070_400_000n) << 22n);
const command = (id: string, name = 'skills'): Interaction => ({
  id,
  type: 2,
  token: 't',
  application_id: '1',
  data: { name },
});
const answer: CallbackBody = { type: 4, data: { embeds: [], allowed_mentions: { parse: [] } } };
const resolvesAfter = <T>(ms: number, value: T) =>
  new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

function recorder() {
  const calls: string[] = [];
  const replies: InteractionReplies = {
    respond: async (body) => void calls.push(`respond ${body.type}`),
    editOriginal: async () => void calls.push('edit'),
    deleteOriginal: async () => void calls.push('delete'),
    followUp: async () => void calls.push('followUp'),
  };
  return { calls, replies };
}

describe('answerInTime', () => {
  it('reads when Discord created an interaction from its id', () => {
    // Discord's documented example snowflake.
    expect(new Date(createdAt('175928847299117063')!).toISOString()).toBe('2016-04-30T11:18:25.796Z');
    expect(createdAt('not-a-snowflake')).toBeNull();
  });

  it('sends an answer ready in time as the response itself', async () => {
    const { calls, replies } = recorder();
    await answerInTime(command(snowflakeAt(Date.now())), resolvesAfter(10, answer), replies, {
      deferAfterMs: 300,
    });
    expect(calls).toEqual(['respond 4']);
  });

  it('counts from when Discord created the interaction: one that arrived late is deferred sooner', async () => {
    const { calls, replies } = recorder();
    // 1.8 s old on arrival: deferred after 0.2 s, although an answer in 0.6 s is well within 2 s of arrival.
    const id = snowflakeAt(Date.now() - 1800);
    await answerInTime(command(id), resolvesAfter(600, answer), replies, { deferAfterMs: 2000 });
    expect(calls).toEqual(['respond 5', 'edit']);
  });

  it('counts from arrival when the id says the interaction is older than Discord would still accept (clock skew)', async () => {
    const { calls, replies } = recorder();
    await answerInTime(command(snowflakeAt(Date.now() - 60_000)), resolvesAfter(50, answer), replies, {
      deferAfterMs: 300,
    });
    expect(calls).toEqual(['respond 4']);
  });

  it('never defers autocomplete or an interaction it could not follow up', () => {
    expect(deferralFor({ ...command('1'), type: 4 })).toBeNull();
    expect(deferralFor({ id: '1', type: 2, token: 't', data: { name: 'skills' } })).toBeNull();
  });

  it('defers a command declared private only to the asker, and a page button as a silent update', () => {
    expect(deferralFor(command('1', 'contact'))).toEqual({ type: 5, data: { flags: 64 } });
    expect(deferralFor(command('1', 'skills'))).toEqual({ type: 5 });
    const page = { ...command('1'), type: 3, data: { custom_id: 'pa:p:1:skills:person=ada' } };
    expect(deferralFor(page)).toEqual({ type: 6 });
    const followUp = { ...command('1'), type: 3, data: { custom_id: 'pa:r:/contact ada' } };
    expect(deferralFor(followUp)).toEqual({ type: 5, data: { flags: 64 } });
  });

  it('sends a note for a deferred page turn that is no page (expired) as a follow-up', async () => {
    const { calls, replies } = recorder();
    const page = { ...command(snowflakeAt(Date.now())), type: 3, data: { custom_id: 'pa:k:1:gone' } };
    const expired: CallbackBody = { type: 4, data: { content: 'expired', flags: 64 } };
    await answerInTime(page, resolvesAfter(100, expired), replies, { deferAfterMs: 10 });
    expect(calls).toEqual(['respond 6', 'followUp']);
  });
});
