// The local chat: a readline prompt on a terminal (history, tab completion, help, exit), or one
// answer per line when stdin is piped. Same commands and free text as in DMs.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Engine } from '../../engine/engine.js';
import { renderText } from '../../render/text.js';
import type { ProfileIndex } from '../../search/search-types.js';
import { createShellCompleter } from './shell-completer.js';

export interface ShellOptions {
  engine: Engine;
  index: () => ProfileIndex;
  input: Readable;
  output: Writable;
  errors: Writable;
  /** A terminal: prompt, history, completion. Otherwise one answer per input line. */
  interactive: boolean;
  /** Resolves when the process is asked to stop. */
  stopSignal?: Promise<string>;
}

const PROMPT = 'profile-assistant> ';
const EXIT = /^(?:exit|quit|\/exit|\/quit|:q)$/i;

/** The answer to one line as text; an unexpected failure is reported and the session goes on. */
export function answerLine(engine: Engine, line: string, errors: Writable): string {
  try {
    return renderText(engine.answer(engine.parse(line, { platform: 'shell' })));
  } catch (error) {
    errors.write(
      `profile-assistant: unexpected error answering ${JSON.stringify(line)}: ${(error as Error).stack}\n`,
    );
    return 'Sorry, something went wrong answering that. The details are on stderr.';
  }
}

export async function runShell(options: ShellOptions): Promise<void> {
  return options.interactive ? interactive(options) : piped(options);
}

/** Piped stdin: echo each query ("> …"), its answer, a blank line; blank lines and # comments skipped. */
async function piped({ engine, input, output, errors }: ShellOptions): Promise<void> {
  const lines = createInterface({ input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const raw of lines) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (EXIT.test(line)) break;
    output.write(`> ${line}\n${answerLine(engine, line, errors)}\n\n`);
  }
  lines.close();
}

async function interactive({
  engine,
  index,
  input,
  output,
  errors,
  stopSignal,
}: ShellOptions): Promise<void> {
  const rl = createInterface({
    input,
    output,
    prompt: PROMPT,
    terminal: true,
    historySize: 500,
    removeHistoryDuplicates: true,
    completer: createShellCompleter(index),
  });
  const closed = new Promise<void>((resolve) => rl.once('close', resolve));
  void stopSignal?.then(() => rl.close());
  const people = index()
    .all()
    .filter((p) => p.listed).length;
  output.write(
    `profile-assistant: ${people} ${people === 1 ? 'person' : 'people'} loaded. ` +
      'Ask a question ("who knows rust?"), type a command ("/skills rajat"), "help", or "exit".\n',
  );
  rl.on('line', (raw) => {
    const line = raw.trim();
    if (EXIT.test(line)) {
      rl.close();
      return;
    }
    if (line) output.write(`${answerLine(engine, line, errors)}\n\n`);
    rl.prompt();
  });
  rl.prompt();
  await closed;
}
