// Questions a team member asks about the whole workspace, over made-up profiles: who is learning a
// technology (learners are never presented as holders), a pasted profile link as the question, and two
// questions about one person in one message, and a question among chat sentences.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { asksWhoIsLearning } from '../../../src/engine/learning-question.js';
import { twoQuestions } from '../../../src/engine/two-questions.js';
import { renderText } from '../../../src/render/text.js';
import { linkKey } from '../../../src/search/person-by-link.js';
import { expectKind, loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/chat-classes'));
});

const learning = (line: string) => expectKind(t.ask(line), 'whoknows');

describe('who is learning a technology', () => {
  it('names the people whose profile says they are learning it, with the line, and no holder', () => {
    const reply = learning('is anyone learning rust?');
    expect(reply.title).toBe('Who is learning Rust');
    expect(reply.data.matches.map((m) => [m.personId, m.match])).toEqual([['bo-chen', 'learning']]);
    const text = renderText(reply);
    expect(text).toContain('Was ich gerade lerne: Rust');
    // Ana lists Rust: said apart, as already listing it.
    expect(text).toContain('1 person already lists it as a skill');
    expect(text).toContain('Ana Lima');
  });

  it('reads the question in its everyday and foreign forms', () => {
    for (const [line, id] of [
      ["who's learning go", 'ines-duarte'],
      ['anyone learning elixir right now?', 'noor-saleh'],
      ['does anyone here want to learn elixir', 'noor-saleh'],
      ['¿quién está aprendiendo elixir?', 'noor-saleh'],
      ['wer lernt gerade rust', 'bo-chen'],
      ['qui apprend elixir ?', 'noor-saleh'],
    ] as const)
      expect(
        learning(line).data.matches.map((m) => m.personId),
        line,
      ).toEqual([id]);
  });

  it('says when nobody is learning it, and offers no one who knows something else', () => {
    const reply = learning('who is learning cobol');
    expect(reply.description).toBe('No one says they are learning COBOL.');
    expect(reply.data.matches).toEqual([]);
  });

  it('leaves who-knows, studying at a school and what one person learns to their own answers', () => {
    expect(asksWhoIsLearning('who knows rust')).toBe(false);
    expect(asksWhoIsLearning('who is studying at the university of porto')).toBe(false);
    expect(asksWhoIsLearning('what is noor learning')).toBe(false);
    expect(learning('who knows elixir').title).toBe('Who knows Elixir');
  });
});

describe('a pasted profile link', () => {
  let team: TestEngine;
  beforeAll(async () => {
    team = await loadTestEngine(join(ROOT, 'test/fixtures/team'));
  });

  it('answers with the card of whoever lists the link, however it is written or asked', () => {
    for (const [line, id] of [
      ['https://github.com/diegoalvarez-example', 'diego-alvarez'],
      ['github.com/DiegoAlvarez-example/', 'diego-alvarez'],
      ['who is linkedin.com/in/jonas-weber-example', 'jonas-weber'],
      ["who's this? https://www.linkedin.com/in/sam-okafor-example/", 'sam-okafor'],
      ['whose github is github.com/sampatel-example', 'sam-patel'],
    ] as const) {
      const reply = team.ask(line);
      expect([reply.kind, reply.person?.id], line).toEqual(['profile', id]);
    }
  });

  it('says no one has a link nobody lists, naming no one else', () => {
    const reply = team.ask('github.com/nobody-here');
    expect(reply.kind).toBe('not_found');
    expect(reply.person).toBeNull();
  });

  it('reads a link without scheme, www, query or trailing slash, and nothing else as one', () => {
    expect(linkKey('HTTPS://www.GitHub.com/ana-dev/?tab=repositories')).toBe('github.com/ana-dev');
    expect(linkKey('ana souza')).toBeNull();
    expect(linkKey('ci/cd')).toBeNull();
    expect(linkKey(`github.com/${'a'.repeat(400)}`)).toBeNull();
  });
});

describe('two questions about one person in one message', () => {
  it('answers both facts, in the order asked, with the pronoun read as the person', () => {
    for (const line of [
      'where is kemal based and how do I reach him',
      'how do i contact kemal and where is he based?',
      "what are kemal's skills and where does he live",
    ]) {
      const text = renderText(t.ask(line));
      expect(t.ask(line).person?.id, line).toBe('kemal-arslan');
      expect(text, line).toContain('Izmir');
      expect(text, line).toMatch(/kemal\.arslan@example\.org|PostgreSQL/);
    }
  });

  it('reads a possessive "her" as the person\'s and "her on" as the person', () => {
    const read = (q: string) =>
      q.startsWith('where')
        ? { command: 'section' as const, args: { person: 'ana', section: 'location' } }
        : q === "what are ana's skills"
          ? { command: 'skills' as const, args: { person: 'ana' } }
          : q === 'can i ping ana on slack'
            ? { command: 'contact' as const, args: { person: 'ana' } }
            : null;
    expect(twoQuestions('where is ana based and what are her skills', read)?.args.section).toBe(
      'location and skills',
    );
    expect(twoQuestions('where is ana based and can i ping her on slack', read)?.args.section).toBe(
      'location and contact',
    );
  });

  it('leaves one question with "and" in it alone', () => {
    const read = () => ({ command: 'whoknows' as const, args: { skill: 'go' } });
    expect(twoQuestions('who knows go and how do i reach them', read)).toBeNull();
    expect(t.ask('who knows python and fastapi').kind).toBe('whoknows');
  });
});

describe('a question among chat sentences', () => {
  let team: TestEngine;
  beforeAll(async () => {
    team = await loadTestEngine(join(ROOT, 'test/fixtures/team'));
  });

  it('answers the sentence that asks, whatever greeting, apology or context stands around it', () => {
    for (const [line, skill] of [
      [
        'hey! sorry to bother, quick q — does anybody here know their way around kubernetes? need help with a deploy',
        'Kubernetes',
      ],
      ['morning all. long story short our build is on fire. anyone good with gradle?', 'Gradle'],
      ["ok so I'm new here - who knows terraform", 'Terraform'],
    ] as const) {
      const reply = expectKind(team.ask(line), 'whoknows');
      expect(reply.title, line).toBe(`Who knows ${skill}`);
    }
  });

  it('still says nothing matched when no sentence asks anything a rule reads', () => {
    expect(team.ask('hey! lovely weather. see you at standup').kind).not.toBe('whoknows');
  });
});
