// slackMessageHtml: one Slack message payload (what renderSlack returns) → HTML and CSS drawn like Slack's
// light theme: header, section text and two-column fields, context, and rows of buttons.
import type { SlackBlock, SlackMessage } from '../../src/render/slack.js';
import { escapeHtml } from './discord-markdown.js';
import { avatar } from './discord-message-html.js';
import { slackMrkdwn } from './slack-mrkdwn.js';

type Text = { type: 'mrkdwn' | 'plain_text'; text: string };

export const SLACK_CSS = `
.slack-thread { width: 680px; background: #fff; padding: 8px 0; }
.slack { font: 15px/1.46668 Lato, "Liberation Sans", "DejaVu Sans", sans-serif; color: #1d1c1d;
  display: flex; gap: 8px; padding: 8px 20px; background: #fff; }
.slack .avatar { width: 36px; height: 36px; border-radius: 6px; flex: none; }
.slack .body { min-width: 0; flex: 1; }
.slack .who { font-weight: 900; } .slack .app { font-size: 10px; font-weight: 700; color: #616061;
  background: #1d1c1d12; border-radius: 2px; padding: 1px 3px; margin: 0 4px; vertical-align: 1px; }
.slack .time { color: #616061; font-size: 12px; }
.slack .only { color: #616061; font-size: 13px; margin-bottom: 2px; }
.slack .block { margin: 4px 0; overflow-wrap: anywhere; }
.slack .header { font-size: 18px; font-weight: 900; line-height: 1.33; margin: 6px 0 8px; }
.slack .fields { display: grid; grid-template-columns: 1fr 1fr; gap: 8px 16px; }
.slack .context { font-size: 12px; color: #616061; display: flex; flex-wrap: wrap; gap: 8px; }
.slack .actions { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0; }
.slack .button { font: 700 13px/1 inherit; font-family: inherit; color: #1d1c1d; background: #fff;
  border: 1px solid #1d1c1d4d; border-radius: 4px; padding: 0 12px; height: 28px; display: inline-flex;
  align-items: center; white-space: nowrap; max-width: 100%; }
.slack a { color: #1264a3; text-decoration: none; }
.slack code { font: 12px Monaco, "DejaVu Sans Mono", monospace; color: #e01e5a; background: #1d1c1d0a;
  border: 1px solid #1d1c1d21; border-radius: 3px; padding: 2px 3px 1px; }
`;

/** plain_text shows exactly as sent (entities included); mrkdwn goes through Slack's rules. */
const text = (t: Text) => (t.type === 'plain_text' ? escapeHtml(t.text) : slackMrkdwn(t.text));

function blockHtml(block: SlackBlock): string {
  switch (block.type) {
    case 'header':
      return `<div class="block header">${text(block.text)}</div>`;
    case 'section': {
      const main = block.text ? `<div>${text(block.text)}</div>` : '';
      const fields = block.fields?.length
        ? `<div class="fields">${block.fields.map((f) => `<div>${text(f)}</div>`).join('')}</div>`
        : '';
      return `<div class="block section">${main}${fields}</div>`;
    }
    case 'context':
      return `<div class="block context">${block.elements.map((e) => `<span>${text(e)}</span>`).join('')}</div>`;
    case 'actions':
      return `<div class="block actions">${block.elements
        .map((b) => `<span class="button" data-button>${text(b.text)}</span>`)
        .join('')}</div>`;
  }
}

export function slackMessageHtml(payload: SlackMessage, options: { query?: string } = {}): string {
  const only = payload.response_type === 'ephemeral' ? '<div class="only">Only visible to you</div>' : '';
  const asked = options.query
    ? `<div class="slack"><img class="avatar" src="${avatar('#2bac76', 'S')}" alt=""><div class="body">` +
      `<span class="who">Sam</span> <span class="time">9:41 AM</span><div>${escapeHtml(options.query)}</div></div></div>`
    : '';
  return (
    `<div class="slack-thread">${asked}<div class="slack" data-message><img class="avatar" src="${avatar('#4a154b', 'PA')}" alt="">` +
    `<div class="body">${only}<span class="who">Profile Assistant</span><span class="app">APP</span>` +
    `<span class="time">9:41 AM</span>${payload.blocks.map(blockHtml).join('')}</div></div></div>`
  );
}
