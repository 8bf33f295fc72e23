// Questions as people type them in a chat, over made-up profiles: several topics or several people in one
// line, yes/no questions about a skill in everyday words and other languages, follow-up fragments (the bot
// keeps no conversation), request tails, learning headings in other languages, and words that are no typo.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mayNamePlace } from '../../../src/engine/fact-line-cues.js';
import { peopleSkillQuestion } from '../../../src/engine/people-skill-question.js';
import { topicList } from '../../../src/engine/several-topics.js';
import { nameParts } from '../../../src/engine/whoknows-people.js';
import { renderText } from '../../../src/render/text.js';
import { expectKind, loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/chat-classes'));
});

const said = (line: string) => renderText(t.ask(line));
const listed = (line: string) =>
  expectKind(t.ask(line), 'whoknows')
    .data.matches.filter((m) => m.match === 'lists')
    .map((m) => m.personId);

describe('several topics about one person in one line', () => {
  it('joins the answers of two commands ("bo\'s skills and email", "skills and contact for bo")', () => {
    for (const line of [
      "bo's skills and email",
      'skills and contact for bo',
      '<@U1> what are bo’s skills & email',
    ]) {
      const reply = t.ask(line);
      expect(reply.person?.id).toBe('bo-chen');
      expect(renderText(reply)).toContain('TypeScript');
      expect(renderText(reply)).toContain('bo.chen@example.org');
    }
  });

  it('answers contact words that are all one command as the contact card', () => {
    for (const line of ["ana's github and email", "ana's email, linkedin and github"]) {
      const reply = expectKind(t.ask(line), 'contact');
      expect(renderText(reply)).toContain('github.com/analima-example');
      expect(renderText(reply)).toContain('ana.lima@example.org');
    }
  });

  it('keeps the joined answer private to the asker when it holds contact details', () => {
    expect(t.ask("bo's skills and email").ephemeral).toBe(true);
    expect(t.ask("bo's skills and experience").ephemeral).toBe(false);
  });

  it('reads only lists of known topic words, so a section named with "and" stays a section', () => {
    expect(topicList('skills and email')?.map((s) => s.command)).toEqual(['skills', 'contact']);
    expect(topicList('github, email & linkedin')?.map((s) => s.command)).toEqual(['contact']);
    expect(topicList('talks and podcasts')).toBeNull();
    expect(topicList('skills')).toBeNull();
  });
});

describe('yes/no questions about one person and a skill', () => {
  it('answers "is X a <skill> dev", "can X do <skill>" and "does X have <skill> experience"', () => {
    for (const line of [
      'is bo a react dev?',
      'can bo do typescript',
      'does ana have kubernetes experience',
    ]) {
      const reply = expectKind(t.ask(line), 'whoknows');
      expect(reply.description).toMatch(/^Yes: /);
    }
  });

  it('answers the same question in German, Spanish and French, and with emoji around it', () => {
    for (const line of [
      'kennt ana kubernetes?',
      '¿ana sabe rust?',
      'est-ce que ines connaît python',
      '👋 does ana know go? 🙏',
    ])
      expect(expectKind(t.ask(line), 'whoknows').description).toMatch(/^Yes: /);
  });

  it('says no for a skill the person lacks, never naming another skill', () => {
    const reply = expectKind(t.ask('is ana a cobol dev'), 'whoknows');
    expect(reply.description).toBe("No: Ana Lima's profile doesn't mention COBOL.");
    expect(reply.data.matches).toEqual([]);
  });

  it('reads a question only when every other word is a question word', () => {
    const names = (text: string) => ['ana', 'bo'].includes(text);
    expect(peopleSkillQuestion('is ana a rust dev', names)?.args).toEqual({ person: 'ana', skill: 'rust' });
    expect(peopleSkillQuestion("ana's rust talk at rustconf", names)).toBeNull();
    expect(peopleSkillQuestion('is ana around today', names)).toBeNull();
  });
});

describe('several people compared on a skill', () => {
  it('answers each person for "does X or Y know", "who knows more S, X or Y" and "X vs Y S"', () => {
    for (const line of ['does ana or bo know rust', 'who knows more go, ana or bo', 'ana vs bo postgres']) {
      const reply = expectKind(t.ask(line), 'whoknows');
      expect(reply.title).toMatch(/^Does Ana Lima or Bo Chen know /);
      expect(reply.description).toMatch(
        /^Ana Lima lists .+; Bo Chen (?:doesn't|only mentions it in the profile text)\.$/,
      );
      expect(reply.data.matches.map((m) => m.personId)).toEqual(['ana-lima']);
    }
  });

  it('asks about both for "do X and Y know S", and says neither for a skill no one has', () => {
    expect(expectKind(t.ask('do ana and ines know sql'), 'whoknows').title).toBe(
      'Do Ana Lima and Inês Duarte know SQL?',
    );
    expect(listed('do ana and ines know sql')).toEqual(['ines-duarte']);
    expect(expectKind(t.ask('does ana or bo know cobol'), 'whoknows').description).toBe(
      'Neither lists COBOL.',
    );
  });

  it('shows a mention as not a listing for the person whose profile only mentions the skill', () => {
    expect(said('does ana or bo know rust')).toContain(
      "Bo Chen doesn't list Rust as a skill, but the profile mentions it",
    );
  });

  it('splits names at or, and, vs and commas', () => {
    expect(nameParts('ana or bo')).toEqual(['ana', 'bo']);
    expect(nameParts('ana, bo and ines')).toEqual(['ana', 'bo', 'ines']);
    expect(nameParts('ana lima vs bo')).toEqual(['ana lima', 'bo']);
  });
});

describe('one question about several people named together', () => {
  it('answers the command for each person ("skills of ana and bo", "emails for ana and bo", "ana\'s and bo\'s skills")', () => {
    const skills = expectKind(t.ask('skills of ana and bo'), 'skills');
    expect(skills.title).toBe('Ana Lima and Bo Chen — Skills');
    expect(renderText(skills)).toContain('Terraform');
    expect(renderText(skills)).toContain('Next.js');
    expect(renderText(t.ask("ana's and bo's skills"))).toContain('Next.js');
    const contact = expectKind(t.ask('emails for ana and bo'), 'contact');
    expect(renderText(contact)).toContain('ana.lima@example.org');
    expect(renderText(contact)).toContain('bo.chen@example.org');
    expect(contact.ephemeral).toBe(true);
  });

  it('gives each card for names alone ("ana and bo") and asks about an unknown name as before', () => {
    expect(renderText(t.ask('ana and bo'))).toContain('Frontend developer who likes small bundles');
    const unknown = t.ask('tell me about ana and zed');
    expect(unknown.kind).toBe('not_found');
  });
});

describe('follow-up fragments, answered without conversation state', () => {
  it('reads a skill after "and", "what about" or "how about" as who knows it', () => {
    expect(listed('and python?')).toEqual(['ines-duarte', 'kemal-arslan']);
    expect(listed('how about terraform')).toEqual(['ana-lima']);
    expect(listed('what about rust?')).toEqual(['ana-lima']);
  });

  it('reads a person after "and" or "what about" as their card', () => {
    for (const line of ['what about bo?', 'and bo?']) {
      const reply = t.ask(line);
      expect([reply.kind, reply.person?.id]).toEqual(['profile', 'bo-chen']);
    }
  });
});

describe('request words, role words and help around a skill', () => {
  it('drops "rn" and "right now" after the skill', () => {
    expect(listed('i need someone for k8s rn')).toEqual(['ana-lima']);
    expect(listed("who's good at typescript right now")).toEqual(['bo-chen', 'lia-moreau']);
  });

  it('reads "who are the <skill> devs" and "help with a <skill> … issue" as who knows it', () => {
    expect(listed('who are the react devs')).toEqual(['bo-chen']);
    expect(listed('help with a terraform state lock issue')).toEqual(['ana-lima']);
    expect(listed('help with airflow')).toEqual(['ines-duarte']);
    expect(t.ask('help with skills').kind).toBe('help');
  });
});

describe('learning headings and past employers', () => {
  it('finds what someone is learning under a German or Portuguese heading', () => {
    expect(said('what is bo learning')).toContain('Rust');
    expect(said('what is ines learning')).toContain('Go');
  });

  it('answers "where was X before Y" with their experience', () => {
    const reply = expectKind(t.ask('where was ana before quillwork'), 'experience');
    expect(renderText(reply)).toContain('Pebblepay');
  });
});

describe('headlines that may name a place', () => {
  it('accepts a place part or "in/from <Place>", and refuses roles, slogans, languages and technologies', () => {
    expect(mayNamePlace('Mobile engineer · Coimbra')).toBe(true);
    expect(mayNamePlace('Backend-Entwicklerin bei Flinkwerk in Hamburg.')).toBe(true);
    expect(mayNamePlace('🚀 Software Engineer | 💻 Backend Developer')).toBe(false);
    expect(mayNamePlace('"BUILDING THE FUTURE, ONE PACKET AT A TIME."')).toBe(false);
    expect(mayNamePlace('English | 简体中文')).toBe(false);
    expect(mayNamePlace('Website · Publications · CV')).toBe(false);
    expect(mayNamePlace('Full-stack developer with proficiency in TypeScript, Python and Java')).toBe(false);
    expect(mayNamePlace('Python-разработчик, фокус: Telegram-боты')).toBe(false);
  });
});

describe('facts stated as a labelled line or in a tagline', () => {
  it('answers a fact asked by its label from a "label: value" line ("kemal\'s gpa", "kemal\'s degree")', () => {
    const gpa = expectKind(t.ask("kemal's gpa"), 'section');
    expect(gpa.title).toBe('Kemal Arslan — gpa');
    expect(renderText(gpa)).toContain('3.52 / 4.0');
    expect(said("what's kemal's degree")).toContain('graduating June 2027');
  });

  it('reads where someone is based from a "location:" line and from "engineer at Org in City"', () => {
    expect(said('where is kemal based')).toContain('Izmir, Turkey');
    expect(said('where does lia live')).toContain('Porto, Portugal');
  });

  it('offers the headline for where someone is based only when it may name a place', () => {
    expect(said('where is rui based')).toContain('Mobile engineer · Coimbra');
    const roles = t.ask('where is tomo based');
    expect(roles.kind).toBe('not_found');
    expect(roles.description).toBe("Tomo Sato's profile doesn't say where they are based.");
  });

  it('answers "what is X researching" with what they focus on now', () => {
    expect(said('what is kemal researching')).toContain('Retrieval systems for course material');
    expect(said('what does kemal research')).toContain('Retrieval systems for course material');
  });
});

describe('the template lines of a profile (🔭 working on, 💬 ask me about, Studies -)', () => {
  it('answers what someone is working on with the line that says it, before a section only classed as a focus', () => {
    const reply = expectKind(t.ask('what is noor working on'), 'section');
    expect(renderText(reply)).toContain('a ledger service that settles in seconds');
    expect(renderText(reply)).not.toContain('Evaluating LLM answers');
  });

  it('answers "what can i ask X about" from the ask-me-about line, not a section titled "About Me"', () => {
    const reply = expectKind(t.ask('what can i ask noor about'), 'section');
    expect(renderText(reply)).toContain('PostgreSQL, queues and retries');
    expect(renderText(reply)).not.toContain('former competitive programmer');
  });

  it('says plainly when no line says what to ask someone about, never offering the closest section', () => {
    const reply = t.ask('what can i ask tomo about');
    expect(reply.kind).toBe('not_found');
    expect(reply.description).toBe("Tomo Sato's profile doesn't say what to ask them about.");
  });

  it('answers where someone studied from a "Studies -" line', () => {
    expect(said('where did noor study')).toContain('University of Jordan');
  });
});

describe('words that are no typo of a listed skill', () => {
  it('never reads a field like "rest" or "data" as a skill one letter away', () => {
    expect(listed('who knows rest')).toEqual([]);
    expect(expectKind(t.ask('who knows rest'), 'whoknows').title).toBe('Who knows rest');
    expect(listed('who knows data')).toEqual([]);
  });

  it('still reads real typos of listed skills', () => {
    expect(listed('who knows rsut')).toEqual(['ana-lima']);
    expect(listed('who knows kubernets')).toEqual(['ana-lima']);
    expect(listed('typscript experts')).toEqual(['bo-chen', 'lia-moreau']);
  });
});
