// Finding the person a question names and how to reach them, over made-up profiles: a name only their
// account handles state, "who is X" in other languages, and more everyday ways to ask for a contact.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../../src/render/text.js';
import { expectKind, loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/names-12'));
});

describe('a name only an account handle states', () => {
  it('finds tundra-fox by the name in their LinkedIn address', () => {
    expect(expectKind(t.ask('/profile ama owusu'), 'profile').person?.id).toBe('tundra-fox');
    const reply = expectKind(t.ask('/contact owusu'), 'contact');
    expect(reply.person?.id).toBe('tundra-fox');
    expect(renderText(reply)).toContain('linkedin.com/in/ama-owusu-5a1b2c');
  });

  it('asks which one when two people have the word in a handle', () => {
    const text = renderText(expectKind(t.ask('/contact ama'), 'ambiguous'));
    expect(text).toContain('quiet-owl');
    expect(text).toContain('tundra-fox');
  });

  it('never reads a technology in a question as a handle word', () => {
    expect(t.ask('/contact elixir').kind).toBe('not_found');
  });
});

describe('who someone is, asked in other languages', () => {
  it('answers with the profile in Portuguese, Spanish and German', () => {
    for (const line of ['quem é a ingrid', '¿quién es ingrid haugen?', 'wer ist ingrid'])
      expect(expectKind(t.ask(line), 'profile').person?.id).toBe('ingrid-haugen');
  });

  it('leaves "quem é bom em zig" to the skill rules: no one is called "bom em zig"', () => {
    expect(t.ask('quem é bom em zig').kind).not.toBe('profile');
  });
});

describe('how to reach someone', () => {
  it('reads everyday wordings as a contact question', () => {
    for (const line of [
      'is there a way to message ingrid',
      'where can i find ingrid online',
      'hit up ingrid',
      'can i text ingrid',
    ]) {
      const reply = expectKind(t.ask(line), 'contact');
      expect(renderText(reply)).toContain('ingrid.haugen@example.no');
    }
  });

  it('lists VK and Habr pages as contacts', () => {
    const text = renderText(expectKind(t.ask("ingrid's vk"), 'contact'));
    expect(text).toContain('VK: https://vk.com/ingrid.haugen');
    expect(text).toContain('Habr: https://habr.com/en/users/ihaugen/');
  });
});
