import { describe, expect, it } from 'vitest';
import { createWebhookReplies } from '../../../../src/platforms/discord/webhook-replies.js';

/** A fetch that answers each call with the next status of `statuses` and records what was asked. */
function scripted(statuses: number[]) {
  const calls: { method: string; url: string }[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({ method: String(init.method), url });
    const status = statuses[Math.min(calls.length - 1, statuses.length - 1)]!;
    return new Response(status === 204 ? null : JSON.stringify({ message: 'x', retry_after: 0 }), { status });
  }) as unknown as typeof globalThis.fetch;
  return { calls, fetch };
}

const base = { apiUrl: 'http://127.0.0.1:1/api', applicationId: 'app', token: 'tok', notYetMs: 1 };

describe('Discord webhook replies (HTTP interactions mode)', () => {
  it('edits the deferred message again when Discord does not know it yet (404 right after the deferral)', async () => {
    const { calls, fetch } = scripted([404, 404, 204]);
    await createWebhookReplies({ ...base, fetch }).editOriginal({ content: 'answer' });
    expect(calls.map((c) => c.method)).toEqual(['PATCH', 'PATCH', 'PATCH']);
    expect(calls[0]!.url).toBe('http://127.0.0.1:1/api/v10/webhooks/app/tok/messages/@original');
  });

  it('gives up with a clear error when the original stays unknown', async () => {
    const { calls, fetch } = scripted([404]);
    await expect(createWebhookReplies({ ...base, fetch }).editOriginal({ content: 'a' })).rejects.toThrow(
      /Discord answered 404 to PATCH \/messages\/@original/,
    );
    expect(calls).toHaveLength(4);
  });

  it('does not retry a follow-up that Discord refuses with 404 (its token is gone)', async () => {
    const { calls, fetch } = scripted([404]);
    await expect(createWebhookReplies({ ...base, fetch }).followUp({ content: 'a' })).rejects.toThrow(/404/);
    expect(calls).toHaveLength(1);
  });

  it('waits out a 429 and then edits', async () => {
    const { calls, fetch } = scripted([429, 204]);
    await createWebhookReplies({ ...base, fetch }).editOriginal({ content: 'a' });
    expect(calls).toHaveLength(2);
  });
});
