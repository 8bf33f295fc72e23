// whileTyping: shows "profile-assistant is typing…" in a channel while a slow answer is being made.

/** The part of a discord.js channel this needs (DM and guild text channels have it). */
export interface TypingChannel {
  isSendable(): this is { sendTyping(): Promise<unknown> };
}

/**
 * Runs `work`; when it is not done after `afterMs`, shows "typing…" in `channel` (Discord shows it for
 * up to 10 s). The timer is cleared however `work` ends: no "typing…" for an answer that will not come.
 */
export async function whileTyping<T>(
  channel: TypingChannel,
  afterMs: number,
  work: () => Promise<T>,
): Promise<T> {
  const typing = setTimeout(() => {
    if (channel.isSendable()) channel.sendTyping().catch(() => {});
  }, afterMs);
  try {
    return await work();
  } finally {
    clearTimeout(typing);
  }
}
