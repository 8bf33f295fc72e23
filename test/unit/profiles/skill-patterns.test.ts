// Skills wherever real READMEs put them: badge walls, icon rows, code-mode bios, prose, tables (made-up people).
import { describe, expect, it } from 'vitest';
import { parsed } from './extract-helpers.js';

const names = (fixture: string) => parsed(`test/fixtures/real-patterns/${fixture}`).skills.map((s) => s.name);

describe('skills from badge walls', () => {
  const skills = names('skills-badge-wall.md');

  it('reads the technology from a badge with an empty label', () => {
    expect(skills).toContain('Python');
  });

  it('takes the label of a label-message badge, never the message', () => {
    expect(skills).toContain('Kotlin');
    expect(skills).not.toContain('Expert');
  });

  it('lets the badge text win over a different logo', () => {
    expect(skills).toContain('Matplotlib');
    expect(skills).not.toContain('Plotly');
    expect(skills).not.toContain('Postman');
  });

  it('reads static/v1 badges by their message and a text-less badge by its logo', () => {
    expect(skills).toContain('styled-components');
    expect(skills).toContain('Elixir');
  });

  it('reads an unknown image host by its title and "X logo" alt', () => {
    expect(skills).toContain('Gleam');
  });

  it('never takes contact badges, commented-out badges or learning sections', () => {
    for (const no of ['LinkedIn', 'Gmail', 'Spotify', 'Haskell', 'Zig', 'Flutter'])
      expect(skills).not.toContain(no);
  });
});

describe('skills from icon rows', () => {
  const skills = names('skills-icon-rows.md');

  it('reads devicon, vectorlogo, simple-icons CDN and github/explore icon paths', () => {
    for (const yes of ['Go', 'PostgreSQL', 'Kafka', 'Node.js', 'C++', 'GraphQL'])
      expect(skills).toContain(yes);
  });

  it('trusts a Wikimedia file name over a wrong alt', () => {
    expect(skills).not.toContain('AWS');
  });

  it('reads an image without alt by its file name', () => {
    expect(skills).toContain('Angular');
  });

  it('expands skillicons.dev abbreviations inside <details>', () => {
    for (const yes of ['JavaScript', 'TypeScript', 'React', 'Kubernetes', 'Python', 'IntelliJ IDEA']) {
      expect(skills).toContain(yes);
    }
  });

  it('splits an alt that lists several technologies', () => {
    for (const yes of ['Rust', 'Svelte', 'Redis']) expect(skills).toContain(yes);
  });
});

describe('skills from code-mode bios', () => {
  const skills = names('skills-code-bio.md');

  it('reads skill keys of a Ruby hash, a JS array, YAML and a JSON map of levels', () => {
    for (const yes of ['Ruby', 'Node.js', 'Go', 'React', 'PostgreSQL', 'MySQL', 'Deno', 'Svelte', 'Kotlin']) {
      expect(skills).toContain(yes);
    }
    for (const yes of ['Dart', 'Docker', 'Terraform', 'Python', 'Haskell']) expect(skills).toContain(yes);
  });

  it('ignores other keys, words the vocabulary does not know and code that is not a bio', () => {
    for (const no of ['Elixir', 'Django', 'microservices', 'English', 'Rust', 'fmt'])
      expect(skills).not.toContain(no);
  });
});

describe('skills from code-mode bios with keys in other languages', () => {
  const skills = names('skills-code-bio-other-languages.md');

  it('reads Portuguese and French skill keys (habilidades, outils)', () => {
    for (const yes of ['Elixir', 'Phoenix Framework', 'PostgreSQL', 'Neovim', 'tmux'])
      expect(skills).toContain(yes);
  });

  it('leaves out what is being learned and spoken languages', () => {
    for (const no of ['Zig', 'English']) expect(skills).not.toContain(no);
  });
});

describe('skills from prose', () => {
  const skills = names('skills-prose.md');

  it('reads technologies named in English, Spanish, Portuguese, French and German sentences', () => {
    for (const yes of ['Rust', 'Swift', 'TypeScript', 'Python', 'Go', 'Vue.js', 'Laravel', 'PostgreSQL']) {
      expect(skills).toContain(yes);
    }
    for (const yes of ['MongoDB', 'Svelte', 'Nuxt.js', 'Kubernetes', 'NixOS']) expect(skills).toContain(yes);
  });

  it('splits slash lists', () => {
    for (const yes of ['JavaScript', 'Angular', 'React', 'Flask']) expect(skills).toContain(yes);
  });

  it('keeps struck-through items, learning, certifications and consumer brands out', () => {
    expect(skills).toContain('Qt');
    expect(skills).toContain('Lua');
    for (const no of ['Markdown', 'Perl', 'Elixir', 'AWS', 'Xbox', 'DuckDuckGo'])
      expect(skills).not.toContain(no);
  });

  it('reads no skills from repository blurbs and post titles', () => {
    for (const no of ['Node.js', 'Linux', 'Clojure', 'Scala', 'OCaml', 'Haskell'])
      expect(skills).not.toContain(no);
  });
});

describe('skills from tables', () => {
  const skills = names('skills-tables.md');

  it('reads markdown and HTML skill tables without their level column', () => {
    expect(skills).toContain('Elm');
    expect(skills).toContain('Ansible');
    expect(skills.some((s) => /advanced|years/i.test(s))).toBe(false);
  });

  it('leaves out a row whose level says the author is still learning it', () => {
    expect(skills).not.toContain('Erlang');
  });

  it('reads a grid of technologies with levels under any heading', () => {
    for (const yes of ['Terraform', 'Python', 'PostgreSQL', 'Go', 'Bash', 'DynamoDB'])
      expect(skills).toContain(yes);
  });

  it('does not read the language column of a repository table', () => {
    for (const no of ['Crystal', 'Nim', 'Lua']) expect(skills).not.toContain(no);
  });
});

describe('skills from category-label badges', () => {
  const skills = names('skills-category-badges.md');

  it('reads the message of a badge whose label names a kind of technology', () => {
    for (const yes of ['Bash', 'Go', 'Android', 'Firebase', 'Python', 'Jetpack Compose'])
      expect(skills).toContain(yes);
  });

  it('never takes the category word itself, a spoken language or a version as the skill', () => {
    for (const no of ['Shell', 'Language', 'Platform', 'English', '5.4']) expect(skills).not.toContain(no);
    expect(skills).toContain('Lua');
  });
});

describe('skills in groups: "X (A, B)" items and code-block arrays', () => {
  const skills = names('skills-grouped-items.md');

  it('keeps every item of a code-block array after a parenthesised group', () => {
    for (const yes of ['Flutter', 'Kotlin', 'Google Cloud', 'Docker', 'GitHub Actions', 'Vercel'])
      expect(skills).toContain(yes);
  });

  it('reads the technologies inside a group and the group name', () => {
    for (const yes of ['NoSQL', 'MongoDB', 'Redis', 'CI/CD', 'Lambda', 'DynamoDB', 'BigQuery', 'Vertex AI'])
      expect(skills).toContain(yes);
    expect(skills).toContain('Spring Boot');
  });

  it('takes an unknown technical name from an array of mostly known ones', () => {
    expect(skills).toContain('FlutterFlow');
  });

  it('never takes qualifiers, roles or spoken languages as skills', () => {
    const no = ['schema design', 'query tuning', '6 years', 'Desenvolvedor Mobile', 'Português', 'English'];
    // "(basic)", "(fluent)": levels, even where a technology has that name.
    for (const name of [...no, 'BASIC', 'Fluent']) expect(skills).not.toContain(name);
    expect(skills).toContain('PostgreSQL');
  });
});

describe('skills lists under headings that do not say "skills"', () => {
  const skills = parsed('test/fixtures/real-patterns/skills-unnamed-heading.md').skills;
  const listed = skills.filter((s) => s.source !== 'prose').map((s) => s.name);

  it('reads "Area: X, Y" bullets as a skills list by their shape', () => {
    for (const yes of [
      'Swift',
      'SwiftUI',
      'Combine',
      'Kotlin',
      'Jetpack Compose',
      'React Native',
      'Firebase',
    ])
      expect(listed).toContain(yes);
    expect(skills.find((s) => s.name === 'Swift')?.category).toBe('iOS');
  });

  it('reads "**Area** — X, Y" and "Area · X, Y" lines and labels in other languages the same way', () => {
    for (const yes of ['Go', 'gRPC', 'PostgreSQL', 'Docker', 'Terraform', 'Vue.js', 'Redis', 'ClickHouse'])
      expect(listed).toContain(yes);
    expect(skills.find((s) => s.name === 'Redis')?.category).toBe('Datos');
  });

  it('never lists learning or interest items, project descriptions or a lone labelled line', () => {
    for (const no of ['Rust', 'Zig', 'Elixir', 'Gleam', 'Google']) expect(listed).not.toContain(no);
    expect(listed.some((n) => /courier|tiles|dispatch/i.test(n))).toBe(false);
  });

  it('lists what "💬 Ask me about: …" names: the template\'s line of expertise, not a lone label', () => {
    for (const yes of ['Deno', 'Svelte']) expect(listed).toContain(yes);
  });

  it('reads a Japanese sentence of use for the known names it states, never its other words as a list', () => {
    // "Django, Flask を用い、… を開発": the author built with them (skills16); "Echo(Go)" is no known name.
    expect(listed).not.toContain('Echo');
    const django = skills.find((s) => s.name === 'Django');
    expect(django?.source).toBe('text');
    expect(django?.evidence).toContain('を用い');
  });
});
