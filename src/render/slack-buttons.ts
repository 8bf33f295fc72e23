// linkButtons, runButtons and button: the buttons of a Slack answer (links, follow-ups, paging), within
// Slack's limits on their labels, values and URLs; renderSlack (slack.ts) lays them out.
import type { Reply } from '../engine/reply.js';
import { fitLabel, SLACK } from './limits.js';
import { plainSlack } from './slack-escape.js';

export type Text = { type: 'mrkdwn' | 'plain_text'; text: string; emoji?: boolean };
export type Button = { type: 'button'; text: Text; action_id: string; url?: string; value?: string };

/** Link buttons' URLs together: long enough for five ordinary profile links, short enough to leave room. */
const LINK_URLS = 1200;

export const button = (text: string, action_id: string, value: string): Button => ({
  type: 'button',
  text: { type: 'plain_text', text },
  action_id,
  value: value.slice(0, SLACK.buttonValue),
});

/** Links that get a button: web addresses, at most five, their URLs together within the budget. */
export function buttonLinks(links: Reply['links']): Reply['links'] {
  const fitting: Reply['links'] = [];
  let urls = 0;
  for (const l of links) {
    if (!/^https?:\/\//i.test(l.url) || urls + l.url.length > LINK_URLS || fitting.length === 5) continue;
    fitting.push(l);
    urls += l.url.length;
  }
  return fitting;
}

export function linkButtons(links: Reply['links']): Button[] {
  return links.map(
    (l, i): Button => ({
      type: 'button',
      text: { type: 'plain_text', text: fitLabel(plainSlack(l.label), SLACK.buttonText) },
      action_id: `pa_link_${i}`,
      url: l.url,
    }),
  );
}

/** Follow-ups (and "which one?" picks) as buttons that ask them; the platform answers `pa_run_*` actions. */
export function runButtons(shown: Reply, asked: Reply): Button[] {
  // The label names the command as the user would type it; the value is the engine's own line.
  return asked.suggestions
    .slice(0, 5)
    .map((line, i) =>
      button(fitLabel(plainSlack(shown.suggestions[i] ?? line), SLACK.buttonText), `pa_run_${i}`, line),
    );
}
