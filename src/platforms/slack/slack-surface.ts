// What every Slack listener file is given (SlackSurface), and how an answer becomes a Slack message
// whose page buttons carry the question that produced it.
import type { App } from '@slack/bolt';
import type { Logger } from 'pino';
import type { ChatAccount } from '../../engine/chat-account.js';
import type { Invocation } from '../../engine/invocation.js';
import type { Reply } from '../../engine/reply.js';
import { renderSlack } from '../../render/slack.js';
import { pageQuestion } from '../page-question.js';
import type { Dispatch } from '../platform.js';
import { encodePageValue } from './page-value.js';

export interface SlackSurface {
  dispatch: Dispatch;
  commandPrefix: string;
  log: Logger;
  /**
   * The text with `<@U…>` mentions turned into names (looked up when unnamed) and the bot's own dropped,
   * and the mentioned users as accounts (the engine matches them by member id first).
   */
  readMentions(text: string): Promise<{ text: string; accounts: ChatAccount[] }>;
  /** Ack a slash command empty and answer through response_url when the answer takes longer (default 2000 ms). */
  ackAfterMs?: number;
  /** Posts an answer to a response_url, retrying what Slack refused; `what` names the command or button. */
  respondAt(responseUrl: string, message: object, what: string): Promise<boolean>;
}

/** Registers one surface's listeners (commands, conversation, actions, App Home) on the Bolt app. */
export type RegisterSurface = (app: App, surface: SlackSurface) => void;

export function slackMessage(
  answered: { invocation: Invocation; reply: Reply },
  commandPrefix: string,
  page = 0,
) {
  const { reply } = answered;
  const question = pageQuestion(answered.invocation, reply);
  return renderSlack(reply, { page, commandPrefix, pageValue: (p) => encodePageValue(question, p) }).payload;
}
