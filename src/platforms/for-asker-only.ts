// isForAskerOnly: answers that hold contact details, which only the asker may see. Where a platform
// can't make a channel message ephemeral (a mention), they go to the asker privately instead.
import type { Reply } from '../engine/reply.js';

/** A contact answer or a contact section, when the engine marked it for the asker only (CONTACT_EPHEMERAL). */
export function isForAskerOnly(reply: Reply): boolean {
  return reply.ephemeral && (reply.kind === 'contact' || reply.kind === 'section');
}
