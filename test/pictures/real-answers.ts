// realAnswers: the bot's real replies for the README pictures, from the real engine over real profile folders
// (the seed profiles, and a made-up long career for an answer that needs pages).
import { resolve } from 'node:path';
import { openLocalEngine } from '../../src/app/local-engine.js';
import type { Engine } from '../../src/engine/engine.js';
import type { Reply } from '../../src/engine/reply.js';
import { renderDiscord } from '../../src/render/discord.js';
import { renderSlack } from '../../src/render/slack.js';
import { discordMessageHtml } from './discord-message-html.js';
import { slackMessageHtml } from './slack-message-html.js';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface Picture {
  name: string;
  query: string;
  /** Profile folder, relative to the repository root. */
  profiles: string;
  /** Which page to show: the last one shows the paging buttons and "Page N/M" at a readable size. */
  page: 'first' | 'last';
}

export const PICTURES: Picture[] = [
  { name: 'whoknows', query: '/whoknows python', profiles: 'profiles', page: 'first' },
  { name: 'skills', query: '/skills rajdeep', profiles: 'profiles', page: 'first' },
  { name: 'contact', query: '/contact rajdeep', profiles: 'profiles', page: 'first' },
  { name: 'paged', query: '/experience ana', profiles: 'test/fixtures/pictures', page: 'last' },
];

export type Platform = 'discord' | 'slack';

const engines = new Map<string, Promise<Engine>>();

/** One engine per profile folder, loaded once (no watching: nothing to close). */
function engineFor(profiles: string): Promise<Engine> {
  let engine = engines.get(profiles);
  if (!engine) {
    engine = openLocalEngine({
      env: {},
      cwd: ROOT,
      profilesDir: profiles,
      watch: false,
      stderr: process.stderr,
      who: 'make-pictures',
    }).then((opened) => {
      if (!opened.ok) throw new Error(opened.message);
      return opened.local.engine;
    });
    engines.set(profiles, engine);
  }
  return engine;
}

/** The reply the bot gives on `platform`, exactly as `profile-assistant ask` builds it. */
export async function realReply(
  picture: Pick<Picture, 'query' | 'profiles'>,
  platform: Platform,
): Promise<Reply> {
  const engine = await engineFor(picture.profiles);
  return engine.answer(engine.parse(picture.query, { platform }));
}

/** Every page of a reply on `platform`, as page HTML (with the asking command shown above the answer). */
export function pagesHtml(reply: Reply, platform: Platform, query?: string): string[] {
  const render = platform === 'discord' ? renderDiscord : renderSlack;
  const { pageCount } = render(reply);
  return Array.from({ length: pageCount }, (_, page) =>
    platform === 'discord'
      ? discordMessageHtml(renderDiscord(reply, { page }).payload, query ? { query } : {})
      : slackMessageHtml(renderSlack(reply, { page }).payload, query ? { query } : {}),
  );
}
