import { describe, expect, it } from 'vitest';
import { parseCases } from '../../eval/eval-case.js';
import { parseEvalArgs } from '../../eval/parse-eval-args.js';

describe('eval:answers options', () => {
  it('keeps the default questions file and folders when given nothing', () => {
    expect(parseEvalArgs([], '/w')).toEqual({ folders: {}, quiet: false });
  });

  it('reads a questions file and several named folders, relative to the working directory', () => {
    const args = parseEvalArgs(
      ['--cases', 'q/held.jsonl', '--folder', 'team=people/team', '--folder=real=/abs/real', '--quiet'],
      '/w',
    );
    expect(args).toEqual({
      cases: '/w/q/held.jsonl',
      folders: { team: '/w/people/team', real: '/abs/real' },
      quiet: true,
    });
  });

  it('accepts --cases=FILE written as one word', () => {
    expect(parseEvalArgs(['--cases=a.jsonl'], '/w').cases).toBe('/w/a.jsonl');
  });

  it('rejects an unknown option, a missing value and a folder without a name', () => {
    expect(() => parseEvalArgs(['--case', 'a.jsonl'])).toThrow(/unknown option “--case”/);
    expect(() => parseEvalArgs(['--cases'])).toThrow(/--cases needs a value/);
    expect(() => parseEvalArgs(['--folder', '/only/a/dir'])).toThrow(/NAME=DIR/);
    expect(() => parseEvalArgs(['--folder', '=dir'])).toThrow(/NAME=DIR/);
    expect(() => parseEvalArgs(['--folder', 'team='])).toThrow(/NAME=DIR/);
  });

  it('rejects a folder name that is a path and a name given twice', () => {
    expect(() => parseEvalArgs(['--folder', 'a/b=dir'])).toThrow(/short word/);
    expect(() => parseEvalArgs(['--folder', 'x=a', '--folder', 'x=b'])).toThrow(/given twice/);
  });
});

describe('eval cases', () => {
  const line = (folder: string) => JSON.stringify({ folder, cat: 'skills', q: '/skills ana' });

  it('accepts a case over any folder it is told about', () => {
    expect(parseCases(`${line('seeds')}\n\n${line('real')}\n`, ['seeds', 'real'])).toHaveLength(2);
  });

  it('names the file, line and known folders when a case asks over an unknown folder', () => {
    expect(() => parseCases(`${line('seeds')}\n${line('reel')}`, ['seeds', 'real'], 'held.jsonl')).toThrow(
      'held.jsonl:2: unknown folder “reel” (known: seeds, real)',
    );
  });

  it('names the line that is not JSON', () => {
    expect(() => parseCases('{"folder":', ['seeds'], 'q.jsonl')).toThrow(/q\.jsonl:1: not JSON/);
  });
});
