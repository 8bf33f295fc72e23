// The App Home tab: who the assistant knows and how to ask, built from the `people` answer, one page
// at a time (its page buttons re-publish the tab; see slack-actions).
import type { Invocation } from '../../engine/invocation.js';
import type { Reply } from '../../engine/reply.js';
import { slackMessage } from './slack-surface.js';

export function homeView(people: { invocation: Invocation; reply: Reply }, prefix: string, page = 0) {
  const blocks = slackMessage(people, prefix, page).blocks;
  return {
    type: 'home' as const,
    blocks: [
      ...blocks.slice(0, 95),
      {
        type: 'context' as const,
        elements: [
          {
            type: 'mrkdwn' as const,
            text: `Ask with /${prefix}skills, /${prefix}whoknows, /${prefix}search, or DM me a question.`,
          },
        ],
      },
    ],
  };
}
