// Every command's answer on the two seed profiles (profiles/), through parse + answer as a user types.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../../src/render/text.js';
import { expectKind, loadTestEngine, SEEDS, type TestEngine } from './load-test-engine.js';

let seeds: TestEngine;
beforeAll(async () => {
  seeds = await loadTestEngine(SEEDS);
});

describe('skills', () => {
  it("groups Rajdeep's skills by category, as fields, with the source section in the footer", () => {
    const reply = expectKind(seeds.ask('/skills rajdeep'), 'skills');
    expect(reply.person).toEqual({ id: 'rajdeep-sengupta', name: 'Rajdeep Sengupta' });
    const all = reply.data.categories.flatMap((c) => c.skills);
    expect(all).toEqual(expect.arrayContaining(['Rust', 'Go', 'Terraform', 'PostgreSQL', 'Docker']));
    expect(reply.data.categories.length).toBeGreaterThan(1);
    const fields = reply.blocks.flatMap((b) => (b.type === 'fields' ? b.fields : []));
    expect(fields.map((f) => f.name)).toEqual(reply.data.categories.map((c) => c.category ?? 'Skills'));
    expect(reply.footer).toBe('rajdeep-sengupta.md › Core Skills');
  });

  it('answers the same for free text about the same person', () => {
    const typed = seeds.ask("what are rajat's skills?");
    expect(typed.kind).toBe('skills');
    expect(typed).toEqual(seeds.ask('/skills rajat'));
  });
});

describe('contact', () => {
  it('resolves the typo "rajdep" and lists GitHub, email and X, only to the asker', () => {
    const reply = expectKind(seeds.ask('contact rajdep'), 'contact');
    expect(reply.person?.name).toBe('Rajdeep Sengupta');
    expect(reply.data.contacts.map((c) => c.value)).toEqual(
      expect.arrayContaining([
        'https://github.com/Rajdip019',
        'rajdipgupta019@gmail.com',
        'https://x.com/RajdeepS019',
      ]),
    );
    expect(reply.data.hiddenCount).toBe(0);
    expect(reply.ephemeral).toBe(true);
    expect(reply.links.map((l) => l.url)).toContain('https://github.com/Rajdip019');
  });

  it('is public when CONTACT_EPHEMERAL is off', async () => {
    const open = await loadTestEngine(SEEDS, { contactEphemeral: false });
    expect(open.ask('/contact rajdeep').ephemeral).toBe(false);
  });

  it('gives Rajat only LinkedIn: "GitHub: You’re already here" is no address', () => {
    const reply = expectKind(seeds.ask('how can I contact rajat?'), 'contact');
    expect(reply.data.contacts.map((c) => c.kind)).toContain('linkedin');
    expect(renderText(reply)).toContain('https://www.linkedin.com/in/rajat-jog/');
  });
});

describe('experience', () => {
  it("lists Rajdeep's four experience highlights", () => {
    const reply = expectKind(seeds.ask('/experience rajdeep'), 'experience');
    expect(reply.data.entries).toHaveLength(4);
    expect(renderText(reply)).toContain('queue-driven worker systems');
  });

  it('says plainly that Rajat lists no experience and points at the sections he has', () => {
    const reply = expectKind(seeds.ask('/experience rajat'), 'experience');
    expect(reply.data.entries).toEqual([]);
    expect(reply.blocks).toEqual([]);
    expect(reply.description).toContain("Rajat Jog's profile lists no experience section");
    expect(reply.description).toContain('Open Source & Side Projects');
    expect(reply.description).toContain('What I’m Particularly Strong At');
    expect(reply.suggestions[0]).toMatch(/^\/section rajat /);
  });
});

describe('profile', () => {
  it("shows Rajat's card: headline, top skills, contact kinds and sections, without mojibake", () => {
    const reply = expectKind(seeds.ask('tell me about rajat'), 'profile');
    expect(reply.title).toBe('Rajat Jog');
    expect(reply.description).toContain('Senior Software Engineer');
    const text = renderText(reply);
    expect(text).toContain('Top skills');
    expect(text).toContain('Core Technical Stack');
    expect(text).not.toMatch(/â|ð/);
    expect(reply.footer).toBe('rajat-jog.md');
  });
});

describe('section', () => {
  it('finds "values" in Rajdeep\'s profile by fuzzy name', () => {
    const reply = expectKind(seeds.ask('what does rajdeep value'), 'section');
    expect(reply.data.sectionTitle).toBe('Engineering Values');
    expect(renderText(reply)).toContain('Clarity over cleverness');
    expect(reply.footer).toBe('rajdeep-sengupta.md › Engineering Values');
  });

  it('lists the children of a section with their items', () => {
    const reply = expectKind(seeds.ask('/section rajat core technical stack'), 'section');
    expect(renderText(reply)).toContain('Backend & Data');
    expect(renderText(reply)).toContain('Django REST Framework');
  });

  it('answers not_found with the sections the profile has for an unknown section', () => {
    const reply = expectKind(seeds.ask('/section rajdeep zzzz qqqq'), 'not_found');
    expect(reply.data.what).toBe('section');
    expect(renderText(reply)).toContain('Engineering Values');
  });

  it('asks for the section when none is given', () => {
    expect(expectKind(seeds.ask('/section'), 'usage').data.problem).toBe('missing section');
  });
});

describe('search', () => {
  it('ranks Rajat first for "timezone scheduling", with snippets and names', () => {
    const reply = expectKind(seeds.ask('search timezone scheduling'), 'search');
    expect(reply.data.hits[0]?.personId).toBe('rajat-jog');
    expect(renderText(reply)).toMatch(/^• Rajat Jog › .+: .*scheduling/m);
  });

  it('narrows to one person with person:', () => {
    const reply = expectKind(seeds.ask('/search query:event driven person:rajdeep'), 'search');
    expect(reply.person?.id).toBe('rajdeep-sengupta');
    expect(new Set(reply.data.hits.map((h) => h.personId))).toEqual(new Set(['rajdeep-sengupta']));
  });

  it('says nothing matched for gibberish', () => {
    expect(expectKind(seeds.ask('/search qqqxxyzzy'), 'not_found').data.what).toBe('results');
  });

  it('explains that words like "the" are too common to search for', () => {
    const reply = expectKind(seeds.ask('/search the and'), 'not_found');
    expect(reply.description).toMatch(/too common to search for/);
  });
});

describe('whoknows', () => {
  it('ranks Rajat Jog first for django, with the evidence line', () => {
    const reply = expectKind(seeds.ask('who knows django?'), 'whoknows');
    expect(reply.data.matches[0]?.personId).toBe('rajat-jog');
    expect(reply.data.matches[0]?.evidence).toMatch(/Django/);
  });

  it('finds Rajdeep for terraform and no one else', () => {
    const reply = expectKind(seeds.ask('/whoknows terraform'), 'whoknows');
    expect(reply.data.matches.map((m) => m.personId)).toEqual(['rajdeep-sengupta']);
  });

  it('answers "what does Rajdeep know about Terraform?" for Rajdeep alone, with evidence', () => {
    const reply = expectKind(seeds.ask('what does Rajdeep know about Terraform?'), 'whoknows');
    expect(reply.person?.id).toBe('rajdeep-sengupta');
    expect(reply.description).toMatch(/^Yes: Rajdeep Sengupta lists Terraform/);
    expect(reply.data.matches).toHaveLength(1);
  });

  it('says no when the person does not list the skill', () => {
    const reply = expectKind(seeds.ask('does rajat know terraform'), 'whoknows');
    expect(reply.data.matches).toEqual([]);
    expect(reply.description).toContain("Rajat Jog's profile doesn't mention Terraform");
  });
});

describe('people and help', () => {
  it('lists both seed people with headlines', () => {
    const reply = expectKind(seeds.ask('who is here?'), 'people');
    expect(reply.data.count).toBe(2);
    expect(renderText(reply)).toContain('Rajdeep Sengupta — ');
  });

  it('generates help from the command list, and per-command usage', () => {
    const all = expectKind(seeds.ask('help'), 'help');
    expect(renderText(all)).toContain('/whoknows <skill>');
    const one = expectKind(seeds.ask('/help whoknows'), 'help');
    expect(one.data.command).toBe('whoknows');
    expect(renderText(one)).toContain('/whoknows rust');
  });

  it('answers an unknown command with the help listing', () => {
    const reply = expectKind(seeds.ask('/frobnicate rajat'), 'help');
    expect(reply.description).toContain('There is no command “frobnicate”');
  });
});

describe('resolution', () => {
  it('answers an unknown person with not_found and candidates', () => {
    const reply = expectKind(seeds.ask('/skills zebulon'), 'not_found');
    expect(reply.description).toMatch(/^No one called “zebulon”\./);
  });

  it('asks whose answer is wanted when two profiles exist and no person is named', () => {
    const reply = expectKind(seeds.ask('/skills'), 'usage');
    expect(reply.description).toContain('/skills [person]');
    expect(reply.description).toContain('/skills rajat');
  });

  it('uses DEFAULT_PROFILE when the command names nobody', async () => {
    const withDefault = await loadTestEngine(SEEDS, { defaultProfile: 'rajdeep-sengupta' });
    expect(withDefault.ask('/skills').person?.id).toBe('rajdeep-sengupta');
    expect(withDefault.ask('/section values').person?.id).toBe('rajdeep-sengupta');
  });

  it('falls back to search for text it cannot read as a question', () => {
    expect(seeds.ask('idempotency everywhere').kind).toBe('search');
  });
});

describe('certifications', () => {
  it('answers "rajat certifications" from the AWS badge, though the profile has no such section', async () => {
    const { ask } = await loadTestEngine(SEEDS);
    const reply = expectKind(ask('rajat certifications'), 'section');
    expect(reply.title).toBe('Rajat Jog — Certifications');
    expect(reply.blocks).toEqual([{ type: 'list', items: ['AWS Certified Machine Learning – Specialty'] }]);
    expect(reply.links[0]?.url).toContain('credly.com');
  });

  it('lists certifications on the profile card', async () => {
    const { ask } = await loadTestEngine(SEEDS);
    const reply = expectKind(ask('/profile rajat'), 'profile');
    expect(reply.blocks).toContainEqual({
      type: 'list',
      heading: 'Certifications',
      items: ['AWS Certified Machine Learning – Specialty'],
    });
  });
});
