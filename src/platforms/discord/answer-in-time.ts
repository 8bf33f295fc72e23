// answerInTime: an interaction answered within Discord's 3 seconds. An answer ready in time is the
// interaction's response; a slow one (a slow Redis, a busy process) is deferred first ("thinking…",
// or a silent acknowledgement for a page button) and then sent as an edit of that response, or, when
// it must be seen by a different audience than the deferral (public vs. only the asker), as a
// follow-up that replaces it. Without this, Discord shows "The application did not respond".
import { findCommand } from '../../../commands/index.js';
import { RUN_PREFIX } from '../../render/discord.js';
import { LATE, within } from '../within.js';
import type { CallbackBody } from './interaction-response.js';
import { CallbackType, type Interaction, InteractionType, USER_MENU_TYPE } from './interaction-schema.js';

/** The ways to answer one interaction: its response, then edits and follow-ups through its token. */
export interface InteractionReplies {
  respond(body: CallbackBody): Promise<void>;
  editOriginal(data: Record<string, unknown>): Promise<void>;
  deleteOriginal(): Promise<void>;
  followUp(data: Record<string, unknown>): Promise<void>;
}

export interface AnswerInTimeOptions {
  /** Defer when the answer is not ready this long after Discord created the interaction. */
  deferAfterMs?: number;
  now?: () => number;
}

/** Leaves about a second of the 3 for the deferral to reach Discord. */
export const DEFER_AFTER_MS = 2000;
const EPHEMERAL = 64;
const DISCORD_EPOCH = 1_420_070_400_000n;
/** Older than this, the id's clock is not ours (skew): time is counted from arrival instead. */
const TRUSTED_AGE_MS = 3000;

/** When Discord created the interaction (its id is a snowflake); null for an id that is not one. */
export function createdAt(id: string): number | null {
  return /^\d{15,20}$/.test(id) ? Number((BigInt(id) >> 22n) + DISCORD_EPOCH) : null;
}

/** A new message's visibility, guessed before the answer exists: the command's declared visibility. */
function privateGuess(commandName: string): boolean {
  return findCommand(commandName.replace(/^\//, ''))?.visibility === 'ephemeral';
}

/** The deferral for an interaction, or null when it cannot be deferred (ping, autocomplete, no app id). */
export function deferralFor(interaction: Interaction): CallbackBody | null {
  if (!interaction.application_id || !interaction.token) return null;
  const flags = (asPrivate: boolean) => (asPrivate ? { data: { flags: EPHEMERAL } } : {});
  // A user-menu entry (type 2) is always answered privately.
  if (interaction.type === InteractionType.Command)
    return {
      type: CallbackType.Deferred,
      ...flags(interaction.data?.type === USER_MENU_TYPE || privateGuess(interaction.data?.name ?? '')),
    };
  if (interaction.type !== InteractionType.Component) return null;
  const customId = interaction.data?.custom_id ?? '';
  // A follow-up button asks a new question (a new message); a page button edits the message it is on.
  if (!customId.startsWith(RUN_PREFIX)) return { type: CallbackType.DeferredUpdate };
  const line = customId.slice(RUN_PREFIX.length);
  return { type: CallbackType.Deferred, ...flags(privateGuess(line.split(' ')[0] ?? '')) };
}

const isPrivate = (data: Record<string, unknown> | undefined) =>
  ((Number(data?.['flags']) || 0) & EPHEMERAL) !== 0;

/** Sends what the deferral promised: the answer in place of "thinking…", for the right audience. */
async function finish(deferral: CallbackBody, body: CallbackBody, replies: InteractionReplies) {
  const data = body.data ?? {};
  const { flags: _setByTheDeferral, ...edit } = data;
  if (deferral.type === CallbackType.DeferredUpdate) {
    // A page turned: the message is edited. Anything else (an expired page) is a note to the clicker.
    return body.type === CallbackType.UpdateMessage ? replies.editOriginal(edit) : replies.followUp(data);
  }
  if (isPrivate(deferral.data) === isPrivate(data)) return replies.editOriginal(edit);
  await replies.deleteOriginal();
  return replies.followUp(data);
}

export async function answerInTime(
  interaction: Interaction,
  answer: Promise<CallbackBody>,
  replies: InteractionReplies,
  options: AnswerInTimeOptions = {},
): Promise<void> {
  const deferral = deferralFor(interaction);
  if (!deferral) return replies.respond(await answer);
  const now = options.now ?? Date.now;
  const created = createdAt(interaction.id);
  const age = created === null ? 0 : now() - created;
  const waited = age >= 0 && age < TRUSTED_AGE_MS ? age : 0;
  const ready = await within(answer, (options.deferAfterMs ?? DEFER_AFTER_MS) - waited);
  if (ready !== LATE) return replies.respond(ready);
  await replies.respond(deferral);
  await finish(deferral, await answer, replies);
}
