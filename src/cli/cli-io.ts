// The streams and environment a CLI verb runs with: injected, so verbs run in-process in tests.
import type { Readable, Writable } from 'node:stream';

export interface CliIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Resolves when the process is asked to stop (SIGTERM/SIGINT); long-running verbs await it. */
  stopSignal?: Promise<string>;
}

/** A verb's entry point: returns the process exit code. */
export type Verb = (args: string[], io: CliIo) => Promise<number>;

export function writeLine(stream: CliIo['stdout'], text = ''): void {
  stream.write(`${text}\n`);
}
