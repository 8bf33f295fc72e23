// The App Home tab: who the assistant knows and how to ask, built from the `people` answer.
import type { Reply } from '../../engine/reply.js';
import { renderSlack } from '../../render/slack.js';

export function homeView(people: Reply, prefix: string) {
  const blocks = renderSlack(people, { commandPrefix: prefix }).payload.blocks;
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
