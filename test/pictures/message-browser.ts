// MessageBrowser: one headless Chromium page that shows a rendered message, reads back what a user would see
// (visible text through shadow DOM, buttons, text cut by overflow) and takes a cropped screenshot. No network.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import { buildSync } from 'esbuild';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { readScreen } from './read-screen.js';
import { SLACK_CSS } from './slack-message-html.js';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** The first Chromium-like browser on PATH, or null (callers skip and say why). */
export function findChromium(path = process.env.PATH ?? ''): string | null {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    for (const name of NAMES) if (existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** @skyra/discord-components-core is ES modules with bare imports: bundled once into a page script. */
function discordComponentsScript(): string {
  const resolveDir = createRequire(import.meta.url)
    .resolve('@skyra/discord-components-core')
    .replace(/dist.*$/, '');
  const out = buildSync({
    stdin: { contents: 'import "@skyra/discord-components-core";', resolveDir },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    logLevel: 'error',
  });
  return out.outputFiles[0]!.text;
}

const PAGE_CSS = `
body { margin: 0; }
discord-messages { width: 720px; font-family: "Liberation Sans", "DejaVu Sans", sans-serif; }
discord-messages code { font: 0.85em "DejaVu Sans Mono", monospace; background: #2b2d31; border-radius: 3px;
  padding: 0 2px; } discord-messages a { color: #00a8fc; text-decoration: none; }
.md-h1 { font-size: 1.5em; font-weight: 700; } .md-h2 { font-size: 1.25em; font-weight: 700; }
.md-h3 { font-size: 1em; font-weight: 700; } .md-quote { border-left: 4px solid #4e5058; padding-left: 8px; }
.spoiler { background: #1e1f22; color: transparent; border-radius: 3px; }
${SLACK_CSS}`;

export interface Shown {
  /** Every piece of text a user can see, in document order, shadow DOM and slots included. */
  text: string;
  /** Labels of visible buttons. */
  buttons: string[];
  /** Text of elements whose content overflows a box that hides the overflow (text cut on screen). */
  clipped: string[];
}

export class MessageBrowser {
  private constructor(
    private readonly browser: Browser,
    private readonly page: Page,
  ) {}

  static async launch(executablePath: string): Promise<MessageBrowser> {
    const browser = await puppeteer.launch({
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--font-render-hinting=none'],
    });
    const page = await browser.newPage();
    await page.setViewport({ width: 760, height: 600, deviceScaleFactor: 1 });
    // Nothing leaves the machine: every http(s) request is refused (avatars are data: URLs).
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (/^https?:/.test(request.url())) void request.abort();
      else void request.continue();
    });
    const script = discordComponentsScript();
    await page.setContent(
      `<!doctype html><html><head><meta charset="utf-8"><style>${PAGE_CSS}</style></head><body></body></html>`,
    );
    // tsx compiles with keepNames, which wraps functions passed to evaluate() in a `__name` helper.
    await page.addScriptTag({ content: `window.__name = (f) => f;\n${script}` });
    return new MessageBrowser(browser, page);
  }

  /** Replaces the page body with `html`, waits for the web components to finish, and reads what shows. */
  async show(html: string): Promise<Shown> {
    return this.page.evaluate(readScreen, html);
  }

  /** A PNG of the shown messages, cropped to them. */
  async screenshot(path: `${string}.png`): Promise<void> {
    const target = await this.page.$('discord-messages, .slack-thread');
    if (!target) throw new Error('nothing to screenshot: show() a message first');
    await target.screenshot({ path });
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
