// whileTyping: "typing…" only for an answer still being made after the delay, never after it ended.
import { describe, expect, it } from 'vitest';
import { type TypingChannel, whileTyping } from '../../../../src/platforms/discord/while-typing.js';

/** A channel standing for a DM: sendable or not, counting the typing indicators sent. */
class FakeChannel implements TypingChannel {
  typing = 0;
  constructor(
    private readonly sendable = true,
    private readonly refuse = false,
  ) {}
  isSendable(): this is { sendTyping(): Promise<unknown> } {
    return this.sendable;
  }
  async sendTyping(): Promise<void> {
    if (this.refuse) throw new Error('403 Missing Access');
    this.typing += 1;
  }
}
function channel(sendable = true) {
  const fake = new FakeChannel(sendable);
  return { fake, sent: fake };
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('whileTyping', () => {
  it('shows typing once while an answer outlasts the delay, and gives the answer', async () => {
    const { fake, sent } = channel();
    const answer = await whileTyping(fake, 20, async () => {
      await sleep(80);
      return 'done';
    });
    expect(answer).toBe('done');
    expect(sent.typing).toBe(1);
  });

  it('shows no typing for an answer ready before the delay, even afterwards', async () => {
    const { fake, sent } = channel();
    await whileTyping(fake, 40, async () => 'quick');
    await sleep(80);
    expect(sent.typing).toBe(0);
  });

  it('shows no typing after an answer that failed, and passes the failure on', async () => {
    const { fake, sent } = channel();
    await expect(
      whileTyping(fake, 40, async () => {
        throw new Error('no answer');
      }),
    ).rejects.toThrow('no answer');
    await sleep(80);
    expect(sent.typing).toBe(0);
  });

  it('does not type in a channel the bot cannot send to', async () => {
    const { fake, sent } = channel(false);
    await whileTyping(fake, 10, () => sleep(50));
    expect(sent.typing).toBe(0);
  });

  it('ignores a typing indicator Discord refuses', async () => {
    const answer = whileTyping(new FakeChannel(true, true), 10, async () => {
      await sleep(40);
      return 'ok';
    });
    await expect(answer).resolves.toBe('ok');
  });
});
