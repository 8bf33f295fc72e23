// Tab completion in the interactive shell, and the shell's guard against unexpected failures.
import { PassThrough, Writable } from 'node:stream';
import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../src/app/dispatch.js';
import type { Engine } from '../../../src/engine/engine.js';
import { answerLine, runShell } from '../../../src/platforms/shell/run-shell.js';
import { createShellCompleter } from '../../../src/platforms/shell/shell-completer.js';
import { loadTestEngine, SEEDS, type TestEngine } from '../engine/load-test-engine.js';

let seeds: TestEngine;
beforeAll(async () => {
  seeds = await loadTestEngine(SEEDS);
});

/** The shell's dispatch: errors logged to `errors`, as the local engine logs them to stderr. */
const shellDispatch = (
  engine: Engine,
  errors: Writable = new Writable({ write: (_c, _e, done) => done() }),
) => createDispatch({ engine, logger: pino(errors) });

describe('shell completion', () => {
  it('completes command names, with or without a slash', () => {
    const complete = createShellCompleter(() => seeds.index);
    expect(complete('wh')).toEqual([['whoknows'], 'wh']);
    expect(complete('/s')).toEqual([['/skills', '/section', '/search'], '/s']);
    expect(complete('ex')).toEqual([['experience', 'exit'], 'ex']);
  });

  it('completes people after a command that takes a person', () => {
    const complete = createShellCompleter(() => seeds.index);
    const [names, fragment] = complete('/skills rajd');
    expect(fragment).toBe('rajd');
    expect(names).toEqual(expect.arrayContaining(['rajdeep', 'rajdeep sengupta']));
    expect(names).not.toContain('rajat');
  });

  it('completes command names after help', () => {
    expect(createShellCompleter(() => seeds.index)('help con')).toEqual([['contact'], 'con']);
  });
});

describe('shell failures', () => {
  it('reports an unexpected error on stderr and answers with a short apology', async () => {
    const broken: Engine = {
      ...seeds.engine,
      answer: () => {
        throw new Error('boom');
      },
    };
    let errors = '';
    const sink = new Writable({
      write(chunk, _e, done) {
        errors += String(chunk);
        done();
      },
    });
    expect(await answerLine(shellDispatch(broken, sink), '/skills rajat')).toMatch(
      /^Sorry, something went wrong/,
    );
    expect(errors).toContain('boom');
  });

  it('keeps answering after a failing line when piped', async () => {
    let calls = 0;
    const flaky: Engine = {
      ...seeds.engine,
      answer: (inv) => {
        calls += 1;
        if (calls === 1) throw new Error('first fails');
        return seeds.engine.answer(inv);
      },
    };
    const input = new PassThrough();
    input.end('/skills rajat\n/people\n');
    let out = '';
    const output = new Writable({
      write(chunk, _e, done) {
        out += String(chunk);
        done();
      },
    });
    await runShell({
      dispatch: shellDispatch(flaky),
      index: () => seeds.index,
      input,
      output,
      interactive: false,
    });
    expect(out).toContain('Sorry, something went wrong');
    expect(out).toContain('> /people\nPeople');
  });
});

describe('interactive shell', () => {
  it('prompts, answers help, completes a name on tab, and ends on exit', async () => {
    const input = new PassThrough();
    let out = '';
    const output = new Writable({
      write(chunk, _e, done) {
        out += String(chunk);
        done();
      },
    });
    const session = runShell({
      dispatch: shellDispatch(seeds.engine),
      index: () => seeds.index,
      input,
      output,
      interactive: true,
    });
    input.write('help\n');
    input.write('/contact rajde\t\n');
    input.write('exit\n');
    await session;
    expect(out).toContain('2 people loaded');
    expect(out).toContain('profile-assistant> ');
    expect(out).toContain('What you can ask');
    expect(out).toContain('Rajdeep Sengupta — Contact');
  });
});
