// Reading technologies out of prose without turning everyday words into skills.
import { describe, expect, it } from 'vitest';
import { findTechMentions } from '../../../src/profiles/extract/tech-mentions.js';

describe('findTechMentions', () => {
  it('reads the technologies a sentence lists', () => {
    expect(findTechMentions('I work with Rust, Swift and TypeScript')).toEqual([
      'Rust',
      'Swift',
      'TypeScript',
    ]);
    expect(findTechMentions('good at Go and Perl')).toEqual(['Go', 'Perl']);
  });

  it('reads multi-word names and names before a suffix', () => {
    expect(findTechMentions('Arch Linux & KDE & VS Code')).toEqual([
      'Arch Linux',
      'KDE',
      'Visual Studio Code',
    ]);
    expect(findTechMentions('Linux and Kubernetes-based infrastructure')).toEqual(['Linux', 'Kubernetes']);
  });

  it('never reads an acronym joined to another ("TF-IDF") as the first one\'s technology (Terraform)', () => {
    expect(findTechMentions('scikit-learn XGBoost pandas TF-IDF', true)).toEqual([
      'scikit-learn',
      'XGBoost',
      'Pandas',
    ]);
    expect(findTechMentions('TF-IDF, BM25 and Python')).toEqual(['Python']);
  });

  it('needs a list or a cue for names that are also words', () => {
    expect(findTechMentions('Go to my website and react to this')).toEqual([]);
    expect(findTechMentions('Clarity over cleverness')).toEqual([]);
    // What one writes is a language ("I write Go"); what one writes about is not claimed.
    expect(findTechMentions('I write Go')).toEqual(['Go']);
    expect(findTechMentions('I write about Go')).toEqual([]);
    expect(findTechMentions('I write code in Go')).toEqual(['Go']);
  });

  it('does not fold several words into another name or read possessives', () => {
    expect(findTechMentions('I am a JavaScript developer')).toEqual(['JavaScript']);
    expect(findTechMentions("Max's red car")).toEqual([]);
  });

  it('leaves out consumer brands, contact sites and certifications', () => {
    expect(findTechMentions('I love Spotify, Chrome, Xbox and DuckDuckGo')).toEqual([]);
    expect(findTechMentions('AWS Certified Developer')).toEqual([]);
  });

  it('accepts everyday-word names inside a skills list', () => {
    expect(findTechMentions('Go for tooling', true)).toEqual(['Go']);
  });

  it('stays fast and bounded on long text', () => {
    const long = 'Rust, '.repeat(5000);
    const started = performance.now();
    expect(findTechMentions(long)).toEqual(['Rust']);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
