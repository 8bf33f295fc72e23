// What counts as someone's skill: first-person sentences of present use in other words than "I use",
// one-item skills lines with an emoji bullet or a note, the first row of a headerless HTML table, and
// the spellings Erlang/OTP, unity3d and rmq; learning, wishes and the past stay mentions.
import type { Link } from 'mdast';
import { describe, expect, it } from 'vitest';
import { domainSlugStems } from '../../../src/profiles/extract/domain-slug.js';
import { isDonationLine } from '../../../src/profiles/extract/donation-line.js';
import { isHardwareSpec } from '../../../src/profiles/extract/hardware-badge.js';
import { skillItemHead } from '../../../src/profiles/extract/skill-item-head.js';
import { threadLinkLines } from '../../../src/profiles/extract/thread-links.js';
import { statesEverydayUse } from '../../../src/profiles/extract/use-sentence.js';
import { headerIsData } from '../../../src/profiles/markdown/header-is-data.js';
import { canonicalSkillName } from '../../../src/profiles/vocabulary/skill-aliases.js';
import { parsed } from './extract-helpers.js';

const sources = (file: string) =>
  new Map(parsed(`test/fixtures/skill-claims/${file}`).skills.map((s) => [s.name, s.source]));

describe('first-person sentences of present use', () => {
  it.each([
    'For cross-platform work I reach for Flutter and Dart.',
    "Most days I'm writing Scala and SQL, scheduling jobs with Airflow.",
    'I build native Android apps for small shops in Kotlin.',
    'I spend most of my time in Figma, running user research.',
    'Lately most of my work is WebAssembly runtimes and gRPC services.',
    'Rust is my main language.',
    "I'm comfortable writing HTML and CSS when a prototype needs it.",
  ])('reads %j as stating use', (sentence) => {
    expect(statesEverydayUse(sentence)).toBe(true);
  });

  it.each([
    "I'd like to work more on Haskell and OCaml one day.",
    'Before that I used to write Perl reports for a bank.',
    'Most of my work was Java back then.',
    'I write about Kubernetes on my blog.',
    'I would reach for Elm if I could.',
  ])('reads %j as no statement of present use', (sentence) => {
    expect(statesEverydayUse(sentence)).toBe(false);
  });

  it('lists what a prose-only README says it works with, and keeps learning, wishes and the past as mentions', () => {
    const odile = sources('odile-brandt.md');
    for (const name of ['Scala', 'SQL', 'Airflow', 'dbt', 'Snowflake']) expect(odile.get(name)).toBe('text');
    expect(odile.get('Perl')).toBe('prose');
    for (const name of ['Haskell', 'OCaml', 'Zig']) expect(odile.has(name), name).toBe(false);
  });

  it('lists the bold technologies of a "What I do" paragraph but nothing under "Currently exploring"', () => {
    const tomas = sources('tomas-reyes.md');
    for (const name of ['Kotlin', 'Swift', 'Svelte', 'Deno', 'WebAssembly'])
      expect(tomas.get(name)).toBe('text');
    expect(tomas.get('Bevy')).not.toBe('text');
  });
});

describe('odd shapes of a skills list', () => {
  it('reads the skill an item opens with behind an emoji bullet or before a note of what it is for', () => {
    expect(skillItemHead('🦀 Rust')).toBe('Rust');
    expect(skillItemHead('Blender for low-poly models')).toBe('Blender');
    expect(skillItemHead('Terraform – most of my infra')).toBe('Terraform');
    expect(skillItemHead('Go to meetups')).toBeNull();
    expect(skillItemHead('Snacks for the whole team')).toBeNull();
  });

  it('takes a first table row that lists things as data, and a row of column titles as the header', () => {
    expect(headerIsData(['Languages', 'Go, C++, CUDA'])).toBe(true);
    expect(headerIsData(['Company', 'Role', 'Years'])).toBe(false);
    expect(headerIsData(['Skills'])).toBe(false);
  });

  it('lists every row of a headerless HTML table, emoji-bulleted items and a tool with its purpose', () => {
    const mei = sources('mei-lindqvist.md');
    for (const name of [
      'Go',
      'C++',
      'CUDA',
      'Vulkan',
      'Python',
      'Blender',
      'Unity',
      'C#',
      'Erlang',
      'RabbitMQ',
    ])
      expect(mei.has(name), name).toBe(true);
  });

  it('takes nothing from a "Previously worked with" section or an endorsement list of issue links', () => {
    const mei = sources('mei-lindqvist.md');
    expect(mei.has('Angular')).toBe(false);
    expect(mei.has('Haskell')).toBe(false);
  });

  it('finds the lines of links to issues, pull requests and discussions, not to repositories', () => {
    const link = (url: string, line: number) =>
      ({
        type: 'link',
        url,
        children: [],
        position: { start: { line, column: 1 }, end: { line, column: 9 } },
      }) as Link;
    const lines = threadLinkLines([
      link('https://github.com/jane/jane/issues/62', 1),
      link('https://gitlab.com/jane/app/-/merge_requests/4', 2),
      link('https://github.com/jane/tidewatch', 3),
      link('https://example.com/issues/3/x', 4),
    ]);
    expect([...lines]).toEqual([1, 2]);
  });

  it('knows Erlang/OTP as Erlang, unity3d as Unity and rmq as RabbitMQ', () => {
    expect(canonicalSkillName('Erlang/OTP')).toBe('Erlang');
    expect(canonicalSkillName('unity3d')).toBe('Unity');
    expect(canonicalSkillName('rmq')).toBe('RabbitMQ');
  });
});

describe('what is listed without being a skill', () => {
  const ravi = sources('ravi-anand.md');

  it('reads a "Favorite Tech:" line after an emoji shortcode in a centered block as a skills list', () => {
    for (const name of ['JavaScript', 'React', 'Ruby', 'Sass']) expect(ravi.get(name), name).toBe('text');
  });

  it('takes no skill from a bullet icon, a wish list, hardware badges, a donation list or a course site', () => {
    for (const name of [
      'Node.js',
      'Haskell',
      'OCaml',
      'Intel',
      'NVIDIA',
      'Ram',
      'Ethereum',
      'Ada',
      'Udemy',
      'PHP',
    ])
      expect(ravi.has(name), name).toBe(false);
  });

  it('reads icon slugs made from a web domain as the technology', () => {
    expect(ravi.get('TypeScript')).toBe('icon');
    expect(ravi.get('Postman')).toBe('icon');
    expect(domainSlugStems('jestjsio')).toEqual(['jestjs', 'jest']);
    expect(domainSlugStems('getpostman')).toEqual(['postman']);
    expect(domainSlugStems('react')).toEqual([]);
  });

  it('tells a machine part from a technology in a badge message', () => {
    for (const spec of ['core i5 10th', '16GB', 'gtx 1650', 'Ryzen 7 5800X', '3.2 GHz'])
      expect(isHardwareSpec(spec), spec).toBe(true);
    for (const tech of ['Python', 'Java 17', 'Node 20', 'i18n'])
      expect(isHardwareSpec(tech), tech).toBe(false);
  });

  it('tells a donation line from a list of technologies', () => {
    expect(isDonationLine('Donate Ethereum, ADA, BNB, etc:')).toBe(true);
    expect(isDonationLine('Tips welcome in BTC')).toBe(true);
    expect(isDonationLine('Backend: Go, Postgres, Redis')).toBe(false);
  });

  it('reads no company suffix as a language ("Kettle Labs, Inc." is no PHP)', () => {
    expect(canonicalSkillName('Inc')).toBe('Inc');
    expect(canonicalSkillName('Cake')).toBe('Cake');
  });
});

describe('claims made by a role or an experience list', () => {
  const lucia = sources('lucia-ferraz.md');

  it('lists the technology a headline role is named after, not the company of a job title', () => {
    expect(lucia.get('Clojure')).toBe('text');
    expect(statesEverydayUse('I am a JavaScript developer from Lisbon.')).toBe(true);
    expect(statesEverydayUse('Staff Backend Engineer at Lumen Payments')).toBe(false);
    expect(statesEverydayUse('Former Java developer, now a chef.')).toBe(false);
  });

  it('lists the technologies of the lines after "com experiência em:", and nothing the author plans to learn', () => {
    for (const name of ['Phoenix Framework', 'Ecto', 'CockroachDB', 'Grafana'])
      expect(lucia.get(name), name).toBe('text');
    expect(lucia.has('Gleam')).toBe(false);
    expect(lucia.has('PHP')).toBe(false);
  });
});
