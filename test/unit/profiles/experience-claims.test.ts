// First-person claims of knowing or having worked with a technology ("I've worked with", "I'm familiar
// with", "experience with", "MVP for", German and Romance forms) list it; denials, the past left behind and
// seeking an expert stay mentions.
import { describe, expect, it } from 'vitest';
import { statesEverydayUse } from '../../../src/profiles/extract/use-sentence.js';
import { parsed } from './extract-helpers.js';

describe('claims of knowing or having worked with a technology', () => {
  it.each([
    'I have five years of experience with Terraform.',
    "I've worked with Angular and NestJS on two client projects.",
    "I'm familiar with DevOps and is good at Go and Perl as languages.",
    'I have some works with JavaScript and SVG, contact me if you have questions!',
    'Google Developer Expert (GDE) for Angular',
    'Reach out for help with Python and Scala',
    'Backend engineer specialized in Kotlin services.',
    'Aktuell beschäftige ich mich nebenbei mit Python.',
    'In meinem letzten Team habe ich vor allem mit Scala gearbeitet.',
    'He trabajado con Django y PostgreSQL.',
    "I'm proficient in Erlang and comfortable with Prometheus.",
    'My main languages are Clojure and Kotlin.',
    'Meine Hauptprogrammiersprachen sind Clojure, Kotlin und Lua.',
    'Zu den Sprachen, die ich schreibe, zählen OCaml und Haskell.',
    'Die Firmware entwickle ich in Zig.',
    'Zusätzlich kenne ich mich mit Nomad und Consul aus.',
    'Minhas linguagens principais são Go e Elixir.',
  ])('reads %j as a claim', (sentence) => {
    expect(statesEverydayUse(sentence)).toBe(true);
  });

  it.each([
    'I have never worked with PHP.',
    "I'm looking for an expert in Fortran for a side project.",
    "I'm looking for help with Rust.",
    'Früher habe ich mit Java gearbeitet.',
    'Ich habe mit Freunden einen Blog über Go.',
    'I have a blog about Go.',
    'Mit Fortran kenne ich mich nicht aus.',
    "I'm not comfortable with Perl.",
    'My favourite languages for a blog post are listed below.',
  ])('reads %j as no claim', (sentence) => {
    expect(statesEverydayUse(sentence)).toBe(false);
  });

  it('lists what a prose-only README claims and keeps denials, seeking and the past as mentions', () => {
    const skills = new Map(
      parsed('test/fixtures/skill-claims/henrike-vos.md').skills.map((s) => [s.name, s.source]),
    );
    for (const name of ['Ansible', 'Elixir', 'Terraform', 'Ember.js', 'NestJS', 'Azure', 'Crystal', 'Scala'])
      expect(skills.get(name), name).toBe('text');
    for (const name of ['PHP', 'Fortran', 'Java']) expect(skills.get(name), name).not.toBe('text');
  });

  it('lists what "my main languages are", "proficient in" and German verb-first sentences name', () => {
    const skills = new Map(
      parsed('test/fixtures/skill-claims/jonas-achterberg.md').skills.map((s) => [s.name, s.source]),
    );
    for (const name of [
      'Racket',
      'Julia',
      'Groovy',
      'Nim',
      'Solidity',
      'Vala',
      'Pulumi',
      'Neo4j',
      'Cassandra',
      'Elasticsearch',
    ])
      expect(skills.get(name), name).toBe('text');
    for (const name of ['Fortran', 'Perl']) expect(skills.get(name), name).not.toBe('text');
  });
});
