// A skills section read as carefully as a listing found by its shape: "What I work with" headings in
// several languages, labels that claim nothing, contact lines and group names; slash lists in prose,
// chat products named as communities, photo sites and Adobe's apps by their full names.
import { describe, expect, it } from 'vitest';
import { roleTitleSkills } from '../../../src/profiles/extract/role-title-skills.js';
import { isLearning } from '../../../src/profiles/extract/skill-learning.js';
import { slashListNames } from '../../../src/profiles/extract/slash-list-names.js';
import { findTechMentions } from '../../../src/profiles/extract/tech-mentions.js';
import { parsed } from './extract-helpers.js';

const skillsOf = (file: string) => parsed(`test/fixtures/skill-sections/${file}`).skills;
const names = (file: string) => skillsOf(file).map((s) => s.name);

describe('a "What I work with" section is a skills section read line by line with care', () => {
  const noor = skillsOf('noor-haddad.md');
  const listed = noor.filter((s) => s.source !== 'prose').map((s) => s.name);

  it('lists the names of its lines, a known label too, filed under the label without its emoji', () => {
    expect(listed).toEqual(
      expect.arrayContaining(['Python', 'FastAPI', 'Celery', 'PostgreSQL', 'Redis', 'Docker', 'Helm']),
    );
    expect(noor.find((s) => s.name === 'FastAPI')?.category).toBe('Python');
    expect(noor.find((s) => s.name === 'Redis')?.category).toBe('Data');
  });

  it('reads "Machine learning:" as a field of work, not as a learning label', () => {
    expect(listed).toEqual(expect.arrayContaining(['scikit-learn', 'XGBoost']));
  });

  it('takes nothing from "Used before:", "Past stack:", learning and wish lines', () => {
    for (const no of ['Perl', 'Subversion', 'CoffeeScript', 'Backbone.js', 'Elixir', 'Zig', 'Gleam'])
      expect(listed).not.toContain(no);
  });

  it('takes nothing from location, pronoun, e-mail and portfolio lines, nor a group name like "Cloud & Infra"', () => {
    for (const no of ['Amman', 'Jordan', 'she/her', 'she', 'Cloud & Infra', 'Cloud'])
      expect(listed).not.toContain(no);
    expect(listed.some((n) => /@|https?:|haddad/i.test(n))).toBe(false);
  });

  it('takes nothing from a past sentence, a "Back in the day:", "Not a fan of:" or "Coming soon:" line, or a phone line', () => {
    expect(listed).toEqual(expect.arrayContaining(['Gradle', 'Maven', 'Zed', 'Helix']));
    for (const no of ['PHP', 'Flash', 'ActionScript', 'Java', 'Mojo']) expect(listed).not.toContain(no);
    expect(listed.some((n) => /\d{3}|amman/i.test(n))).toBe(false);
  });

  it('reads a sentence for the technologies it names, never its phrases as a list', () => {
    expect(listed).toContain('Kotlin');
    expect(listed.some((n) => /backend|frontend|tests/i.test(n))).toBe(false);
  });

  it('skips a toolkit table row of talking tools or of what comes next', () => {
    expect(listed).toEqual(expect.arrayContaining(['Neovim', 'tmux']));
    for (const no of ['Mattermost', 'Zoom', 'Nix', 'Bazel']) expect(listed).not.toContain(no);
  });
});

describe('"tools I use" headings in French, Spanish, Portuguese and German', () => {
  const ines = skillsOf('ines-moreau.md');

  it('lists each section’s current tools under their labels', () => {
    expect(ines.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Kotlin', 'SQLite', 'Vue.js', 'Terraform', 'Ansible', 'Go', 'TypeScript']),
    );
    expect(ines.find((s) => s.name === 'Kotlin')?.category).toBe('Mobile');
  });

  it('takes nothing from their past and learning lines ("Autrefois", "Aprendiendo", "Antes", "Früher")', () => {
    for (const no of ['Objective-C', 'Cordova', 'Rust', 'Zig', 'Puppet', 'Chef', 'Delphi', 'Pascal'])
      expect(ines.map((s) => s.name)).not.toContain(no);
  });
});

describe('slash lists in prose', () => {
  it('reads "react/next/remix" and "express/nest/trpc" as lists of technologies, lowercase too', () => {
    expect(names('kofi-mensah.md')).toEqual(
      expect.arrayContaining(['React', 'Next.js', 'Remix', 'Express', 'NestJS', 'tRPC']),
    );
  });

  it('reads no paths, addresses or word pairs as lists', () => {
    expect(slashListNames('my notes live at ~/notes/go/rust')).toEqual([]);
    expect(slashListNames('see example.dev/go/rust and https://x.dev/react/vue')).toEqual([]);
    expect(slashListNames('read and/or write about input/output')).toEqual([]);
    expect(slashListNames('(REST/GraphQL/Docker)')).toEqual(['GraphQL', 'Docker']);
  });
});

describe('chat products named as a community, and sites someone posts on', () => {
  const kofi = names('kofi-mensah.md');

  it('takes no Zulip, Gitter or Slack from "a contributor in the Zulip community", "join our Gitter channel" or a Community section', () => {
    expect(kofi).not.toContain('Zulip');
    expect(kofi).not.toContain('Gitter');
    expect(skillsOf('kofi-mensah.md').find((s) => s.name === 'Slack')?.category).toBe('Tools');
  });

  it('still lists Slack in a list of tools', () => {
    expect(kofi).toEqual(expect.arrayContaining(['Slack', 'Linear', 'Notion']));
  });

  it('never lists photo and video sites (Unsplash, Flickr, Vimeo) as skills', () => {
    for (const no of ['Unsplash', 'Flickr', 'Vimeo']) expect(kofi).not.toContain(no);
  });
});

describe('design tools and prose lists', () => {
  const ada = names('ada-okafor.md');

  it('names Adobe’s apps in full from percent-encoded multi-word badges', () => {
    expect(ada).toEqual(
      expect.arrayContaining([
        'Adobe Photoshop',
        'Adobe Illustrator',
        'Adobe XD',
        'Adobe After Effects',
        'Visual Studio Code',
        'Google Cloud',
      ]),
    );
  });

  it('reads Flowbite and Navicat from lists of technologies in prose', () => {
    expect(ada).toEqual(expect.arrayContaining(['Flowbite', 'Navicat', 'Alpine.js', 'DBeaver']));
  });

  it('takes "illustrator" as a job and "xd" as a laugh in lowercase prose', () => {
    expect(findTechMentions("I'm an illustrator by training, xd.")).toEqual([]);
    expect(findTechMentions('Mockups in Figma, Illustrator and XD')).toEqual([
      'Figma',
      'Adobe Illustrator',
      'Adobe XD',
    ]);
  });
});

describe('isLearning', () => {
  it.each([
    ['Machine learning: PyTorch, JAX', false],
    ['Deep learning: Keras', false],
    ['Learning: Rust', true],
    ['Currently learning Zig', true],
  ])('reads "%s" as learning: %s', (text, learning) => {
    expect(isLearning(text)).toBe(learning);
  });
});

describe('a role in a heading names the author’s technologies', () => {
  const tariq = skillsOf('tariq-bello.md');

  it('reads iOS and Android from "Freelance fullstack iOS & Android engineer"', () => {
    expect(tariq.map((s) => s.name)).toEqual(expect.arrayContaining(['iOS', 'Android']));
  });

  it.each([
    ['Desarrollador Python y Django', ['Python', 'Django']],
    ['Senior Rust engineer | Blogger', ['Rust']],
    ['A Developer by day and a Laravel Meetup host by night', []],
    ['Rust meetups and Go talks', []],
    ['Senior Engineer at Stripe', []],
    ['Unity developer from Kraków', ['Unity']],
  ])('reads "%s" as %j', (title, expected) => {
    expect(roleTitleSkills(title)).toEqual(expected);
  });
});

describe('a headerless grid of names under a "Deep understanding of" heading', () => {
  const tariq = skillsOf('tariq-bello.md');

  it('lists every cell of a row of short capitalised names, unknown topics too', () => {
    expect(tariq.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Cryptography', 'Blockchain', 'Edge Computing']),
    );
  });

  it('reads a level column as levels, not names', () => {
    const names = tariq.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Swift', 'Kotlin']));
    expect(names).not.toContain('Expert');
    expect(names).not.toContain('Intermediate');
  });
});

describe('JSON Resume work highlights', () => {
  const rosa = parsed('test/fixtures/skill-sections/rosa-delgado.json').skills;

  it('mention the technologies used at a job ("Cloud automation with Terraform"), as prose does', () => {
    const prose = rosa.filter((s) => s.source === 'prose').map((s) => s.name);
    expect(prose).toEqual(expect.arrayContaining(['Terraform', 'ArgoCD', 'Linux', 'Ansible', 'ECR', 'ECS']));
  });

  it('read "ECR" as Amazon’s container registry, not a template language', () => {
    expect(rosa.map((s) => s.name)).not.toContain('HTML+ECR');
  });
});

describe('what practitioners call themselves', () => {
  it.each([
    ['A proud Pythonista since 2012.', ['Python']],
    ['Pythoner, also like Kotlin | Typescript', ['Python', 'Kotlin', 'TypeScript']],
    ['Rubyist and Haskeller at heart', ['Ruby', 'Haskell']],
  ])('reads "%s" as %j', (text, expected) => {
    expect(findTechMentions(text)).toEqual(expected);
  });
});
