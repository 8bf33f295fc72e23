// `npm run docs:pictures`: screenshots the bot's real Discord and Slack answers into docs/images/*.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium, MessageBrowser } from './message-browser.js';
import { PICTURES, type Platform, pagesHtml, ROOT, realReply } from './real-answers.js';

const chromium = findChromium();
if (!chromium) {
  console.error('docs:pictures: no Chromium found on PATH (Debian: apt-get install chromium)');
  process.exit(1);
}
const out = join(ROOT, 'docs/images');
mkdirSync(out, { recursive: true });
const browser = await MessageBrowser.launch(chromium);
try {
  for (const platform of ['discord', 'slack'] as Platform[]) {
    for (const picture of PICTURES) {
      const pages = pagesHtml(await realReply(picture, platform), platform, picture.query);
      const html = picture.page === 'last' ? pages[pages.length - 1]! : pages[0]!;
      const shown = await browser.show(html);
      if (shown.clipped.length > 0) console.warn(`${platform}-${picture.name}: text cut:`, shown.clipped);
      const file = join(out, `${platform}-${picture.name}.png`) as `${string}.png`;
      await browser.screenshot(file);
      console.log(`wrote ${file} (${pages.length} page${pages.length === 1 ? '' : 's'})`);
    }
  }
} finally {
  await browser.close();
}
