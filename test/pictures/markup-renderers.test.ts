// The picture renderers follow each platform's markup rules, so the browser test sees what a user would.
import { describe, expect, it } from 'vitest';
import { discordMarkdown } from './discord-markdown.js';
import { slackMrkdwn } from './slack-mrkdwn.js';

const VALUE = { links: true } as const;
const TITLE = { links: false, plain: true } as const;

describe('Discord markdown as the picture renderer draws it', () => {
  it('consumes a backslash before any punctuation in descriptions and field values', () => {
    expect(discordMarkdown('Machine Learning \\(Production\\) \\*not bold\\*', VALUE)).toBe(
      '<div>Machine Learning (Production) *not bold*</div>',
    );
  });

  it('keeps a backslash before a parenthesis in titles, where only markdown characters are escapes', () => {
    expect(discordMarkdown('Learning \\(ML\\) \\*x\\*', TITLE)).toBe('Learning \\(ML\\) *x*');
  });

  it('draws bold, italics, code and masked links in values, and leaves masked links literal in titles', () => {
    expect(discordMarkdown('**Rust**, _Go_, `tsc` [site](https://a.example)', VALUE)).toBe(
      '<div><strong>Rust</strong>, <em>Go</em>, <code>tsc</code> <a href="https://a.example">site</a></div>',
    );
    expect(discordMarkdown('[site](https://a.example)', TITLE)).toBe('[site](https://a.example)');
  });

  it('links a bare URL and keeps an escaped underscore inside it, as Discord does', () => {
    expect(discordMarkdown('see https://x.example/jane\\_doe.', VALUE)).toBe(
      '<div>see <a href="https://x.example/jane\\_doe">https://x.example/jane\\_doe</a>.</div>',
    );
  });

  it('turns escaped line starts back into text and real ones into quotes and bullets', () => {
    expect(discordMarkdown('\\# not a heading\n> quoted\n- item', VALUE)).toBe(
      '<div># not a heading</div><div class="md-quote">quoted</div><div class="md-li">• item</div>',
    );
  });
});

describe('Slack mrkdwn as the picture renderer draws it', () => {
  it('decodes the three entities and shows backslashes as typed', () => {
    expect(slackMrkdwn('a &lt;b&gt; &amp; c \\*')).toBe('a &lt;b&gt; &amp; c \\*');
  });

  it('draws <url|label> as a link and bare URLs as links', () => {
    expect(slackMrkdwn('<https://a.example|site> and https://b.example')).toBe(
      '<a href="https://a.example">site</a> and <a href="https://b.example">https://b.example</a>',
    );
  });

  it('makes *bold* and _italic_ only at word edges', () => {
    expect(slackMrkdwn('*Skills*\nsnake_case_name and _soft_')).toBe(
      '<strong>Skills</strong><br>snake_case_name and <em>soft</em>',
    );
  });
});
