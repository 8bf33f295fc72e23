// Requests typed the way a newcomer chats (lead-ins, tails, a name said first), over made-up people.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectKind, loadTestEngine, ROOT, type TestEngine } from './load-test-engine.js';

let t: TestEngine;
beforeAll(async () => {
  t = await loadTestEngine(join(ROOT, 'test/fixtures/team'));
});

describe('a who-knows request wrapped in chat', () => {
  it.each([
    ['quick q - who here does vue', 'Vue.js', ['ravi-kumar']],
    ['so — who can help me with kotlin', 'Kotlin', ['sam-patel']],
    ['we need help with figma, who is the go-to?', 'Figma', ['nina-petrova']],
    ['need a hand with celery, who should I ask', 'Celery', ['ravi-kumar']],
    ['where should we turn for help with ansible', 'Ansible', ['lena-fischer']],
    ['where do I go with questions about grpc', 'gRPC', ['diego-alvarez']],
    ['kann mir jemand bei terraform helfen?', 'Terraform', ['lena-fischer']],
    ['wer kann uns mit kotlin helfen', 'Kotlin', ['sam-patel']],
  ])('reads "%s" as who knows the skill alone', (line, skill, people) => {
    const reply = expectKind(t.ask(line), 'whoknows');
    expect(reply.data.skill).toBe(skill);
    expect(reply.data.matches.map((m) => m.personId).sort()).toEqual(people);
  });
});

describe('a question about one person with chat around it', () => {
  it.each([
    ['who is jonas anyway?', 'jonas-weber'],
    ['tell me a bit about diego', 'diego-alvarez'],
    ['tell me a little about lena', 'lena-fischer'],
    ['was macht jonas so?', 'jonas-weber'],
    ['and omar’s email?', 'omar-haddad'],
    ["what's priya raman's email again", 'priya-raman'],
  ])('answers "%s" about the person', (line, id) => {
    expect(t.ask(line).person?.id).toBe(id);
  });

  it('reads the pronouns of a question after a name said first as that person', () => {
    const reply = t.ask('mei — what does she work on?');
    expect(reply.person?.id).toBe('mei-chen');
  });
});
