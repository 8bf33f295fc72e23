import { describe, expect, it } from 'vitest';
import { parsed } from './extract-helpers.js';

const contacts = () =>
  parsed('test/fixtures/real-patterns/contacts-own-domains.md').contacts.map((c) => [c.kind, c.value]);

describe('contacts on the author’s own domains and blog hosts', () => {
  it('gives a short link on the author’s domain the kind of the site its text and path name', () => {
    expect(contacts()).toEqual(
      expect.arrayContaining([
        ['x', 'https://imo.sh/twitter'],
        ['youtube', 'https://imo.sh/youtube'],
        ['linkedin', 'https://imo.sh/linkedin'],
      ]),
    );
  });

  it('reads the home page linked with the author’s own name as their website, not a product link', () => {
    expect(contacts()).toContainEqual(['website', 'https://imo.sh']);
    expect(contacts().map(([, v]) => v)).not.toContain('https://pocketdocs.example');
  });

  it('reads "I have a [newsletter](…)" as the author’s, but not a newsletter they only recommend', () => {
    const values = contacts().map(([, v]) => v);
    expect(values).toContain('https://inesmoreau.example/newsletter/');
    expect(values).not.toContain('https://react-weekly.example/');
  });

  it('reads a blog on a blog host (a Tistory subdomain) written as a bare address', () => {
    expect(contacts().map(([, v]) => v)).toContain('https://inesdev.tistory.com/');
  });
});
