// Test helper: in-memory streams and env for running CLI verbs in-process.
import { PassThrough, Writable } from 'node:stream';
import type { CliIo } from '../../../src/cli/cli-io.js';

export interface CapturedIo {
  io: CliIo;
  stdout(): string;
  stderr(): string;
}

function sink(): { stream: Writable; text(): string } {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
}

export function captureIo(options: {
  env?: Record<string, string>;
  cwd: string;
  stdin?: string;
}): CapturedIo {
  const out = sink();
  const err = sink();
  const stdin = new PassThrough();
  stdin.end(options.stdin ?? '');
  return {
    io: { stdin, stdout: out.stream, stderr: err.stream, env: options.env ?? {}, cwd: options.cwd },
    stdout: out.text,
    stderr: err.text,
  };
}
