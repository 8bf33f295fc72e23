// sendMessageAnswer: a DM or a mention answered as a message, never pinging. In a channel it is a reply;
// where the bot may not reply (no Read Message History: Discord's 160002) it is posted without the
// reference, and where it may not post at all (Missing Permissions / Access) the answer goes to the
// asker's DMs saying why, instead of vanishing. Contact details asked for in a channel go to the
// asker's DMs; the channel only hears that they went.
import { DiscordAPIError, type Message, type MessageCreateOptions } from 'discord.js';
import type { Logger } from 'pino';

export const DM_SENT = 'I sent you the details in a DM.';
export const DM_REFUSED =
  "I couldn't DM you the details: your DMs may be closed to this server. Ask me in a DM, or use the slash command (only you will see the answer).";
export const CANNOT_POST_HERE =
  "I can't post in the channel you asked me in (I lack permission there), so here is the answer.";

/** Discord's codes for "may not reply there" and "may not post there". */
const CANNOT_REPLY = 160002;
const MUTED = new Set([50001, 50013]);

type Body = Omit<MessageCreateOptions, 'allowedMentions'>;
const NO_PINGS = { parse: [] as [] };

const codeOf = (error: unknown) => (error instanceof DiscordAPIError ? error.code : undefined);

/** Posts in the channel asked in: a reply, else a plain message; when muted there, a DM (if `dmIfMuted`). */
async function inChannel(message: Message, body: Body, dmIfMuted: boolean, log: Logger): Promise<void> {
  try {
    await message.reply({ ...body, allowedMentions: { ...NO_PINGS, repliedUser: false } });
  } catch (error) {
    const code = codeOf(error);
    if (code === CANNOT_REPLY && message.channel.isSendable()) {
      await message.channel.send({ ...body, allowedMentions: NO_PINGS });
      return;
    }
    if (!dmIfMuted || code === undefined || !MUTED.has(Number(code))) throw error;
    log.info({ messageId: message.id, code }, 'discord: may not post in the channel; answering in a DM');
    await message.author.send({ ...body, content: CANNOT_POST_HERE, allowedMentions: NO_PINGS });
  }
}

export async function sendMessageAnswer(
  message: Message,
  body: Body,
  forAskerOnly: boolean,
  log: Logger,
): Promise<void> {
  if (message.channel.isDMBased()) {
    if (message.channel.isSendable()) await message.channel.send({ ...body, allowedMentions: NO_PINGS });
    return;
  }
  if (!forAskerOnly) return inChannel(message, body, true, log);
  let note = DM_SENT;
  try {
    await message.author.send({ ...body, allowedMentions: NO_PINGS });
  } catch (error) {
    log.info({ err: error, messageId: message.id }, 'discord DM refused; contact details not sent');
    note = DM_REFUSED;
  }
  // The details went (or could not go) privately: only a note in the channel, if it can be posted.
  await inChannel(message, { content: note }, false, log);
}
