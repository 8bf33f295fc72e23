// Two or three questions asked in one line: where the line is cut, and the one reply that answers them.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { questionParts } from '../../../src/engine/question-parts.js';
import { renderDiscord } from '../../../src/render/discord.js';
import { DISCORD, SLACK } from '../../../src/render/limits.js';
import { renderSlack } from '../../../src/render/slack.js';
import { renderText } from '../../../src/render/text.js';
import { loadTestEngine, ROOT, SEEDS, type TestEngine } from './load-test-engine.js';

describe('questionParts', () => {
  it.each([
    ['where does ana work and where does she live', ['where does ana work', 'where does she live']],
    ['what is ana’s job? and where she studied?', ['what is ana’s job', 'where she studied']],
    ['who knows go; who knows rust', ['who knows go', 'who knows rust']],
    ['¿dónde vive y dónde trabaja ana?', ['dónde vive', 'dónde trabaja ana']],
    ['onde a ana mora e onde ela trabalha', ['onde a ana mora', 'onde ela trabalha']],
    ['wo wohnt ana und wo arbeitet sie?', ['wo wohnt ana', 'wo arbeitet sie']],
    ["où habite ana et où est-ce qu'elle travaille ?", ['où habite ana', "où est-ce qu'elle travaille"]],
    ["what's ana's job? and her email?", ["what's ana's job", 'her email']],
  ])('cuts “%s” where a joiner meets a question word', (line, parts) => {
    expect(questionParts(line)).toEqual(parts);
  });

  it.each([
    'who knows react and redux',
    'who does R&D and Q&A',
    'who knows rust? and go',
    'anybody good at figma? need a quick review',
    'skills of ana and bo',
    'who knows go and who knows rust and who knows java and who knows c',
  ])('keeps “%s” one question', (line) => {
    expect(questionParts(line)).toBeNull();
  });
});

describe('several questions in one line', () => {
  let team: TestEngine;
  let seeds: TestEngine;
  beforeAll(async () => {
    team = await loadTestEngine(join(ROOT, 'test/fixtures/two-part-questions'));
    seeds = await loadTestEngine(SEEDS);
  });

  it('answers both parts about one person in one reply, the person carried to the part naming no one', () => {
    const reply = team.ask('where does odile work and where does she live');
    expect(reply.person?.id).toBe('odile-marchetti');
    const text = renderText(reply);
    expect(text).toContain('Lumenfold');
    expect(text).toContain('Lyon');
  });

  it('carries a name said last to the part before it ("¿dónde vive y cuál es el correo de lucía?")', () => {
    const text = renderText(team.ask('¿dónde vive y cuál es el correo de lucía?'));
    expect(text).toContain('Valparaíso');
    expect(text).toContain('lucia.benavides@example.net');
  });

  it('answers two team questions one after another', () => {
    const reply = team.ask('who knows kotlin and who knows rust');
    expect(reply.person).toBeNull();
    expect(renderText(reply)).toMatch(/Tobias Quartey[\s\S]*Odile Marchetti/);
  });

  it('leaves out a part it cannot read, and says so', () => {
    const text = renderText(
      team.ask('where does odile work; where does she live; what does zorblax quuxify'),
    );
    expect(text).toContain('Lumenfold');
    expect(text).toContain('Lyon');
    expect(text).toContain("I couldn't read “what does zorblax quuxify”");
  });

  it('never carries a person to a part naming someone else ("what is zed\'s email")', () => {
    const text = renderText(team.ask('where does odile work and what is zed’s email'));
    expect(text).not.toContain('odile.marchetti@example.org');
  });

  it('keeps a part answered about no one as it reads ("which of them knows kotlin")', () => {
    const text = renderText(team.ask('where does odile work and which of them knows kotlin'));
    expect(text).toContain('Lumenfold');
    expect(text).toContain('Tobias Quartey');
    expect(text).not.toContain('Does Odile Marchetti know Kotlin');
  });

  it('keeps contact details private to the asker when any part shows them', () => {
    expect(team.ask('where is tobias based; what is his email').ephemeral).toBe(true);
  });

  it('pages a long composed reply within Discord and Slack limits, losing no part', () => {
    const reply = seeds.ask('what are rajat’s skills and what are rajdeep’s skills');
    expect(reply.description).toContain('2 questions');
    const { pageCount } = renderDiscord(reply);
    const discordText: string[] = [];
    for (let page = 0; page < pageCount; page++) {
      const { payload } = renderDiscord(reply, { page });
      for (const embed of payload.embeds) {
        expect(embed.fields.length).toBeLessThanOrEqual(DISCORD.fields);
        const size = embed.title.length + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0);
        const fields = embed.fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
        expect(size + fields).toBeLessThanOrEqual(DISCORD.totalEmbedChars);
        discordText.push(...embed.fields.map((f) => `${f.name}\n${f.value}`));
      }
    }
    const slack = renderSlack(reply);
    const slackText: string[] = [];
    for (let page = 0; page < slack.pageCount; page++) {
      const { payload } = renderSlack(reply, { page });
      expect(payload.blocks.length).toBeLessThanOrEqual(SLACK.blocks);
      for (const block of payload.blocks)
        if (block.type === 'section') {
          expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(SLACK.sectionText);
          slackText.push(block.text?.text ?? '');
        }
    }
    const parts = reply.blocks.flatMap((b) => (b.heading?.endsWith(' — Skills') ? [b.heading] : []));
    expect(parts).toHaveLength(2);
    for (const heading of parts) {
      expect(discordText.join('\n')).toContain(heading);
      expect(slackText.join('\n')).toContain(heading);
    }
  });
});
