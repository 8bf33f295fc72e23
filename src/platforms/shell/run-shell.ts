// The local chat: a readline prompt on a terminal (history, tab completion, help, exit), or one
// answer per line when stdin is piped. Same commands and free text as in DMs.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { renderText } from '../../render/text.js';
import type { ProfileIndex } from '../../search/search-types.js';
import type { Dispatch } from '../platform.js';
import { createShellCompleter } from './shell-completer.js';

export interface ShellOptions {
  dispatch: Pick<Dispatch, 'ask'>;
  index: () => ProfileIndex;
  input: Readable;
  output: Writable;
  /** A terminal: prompt, history, completion. Otherwise one answer per input line. */
  interactive: boolean;
  /** Resolves when the process is asked to stop. */
  stopSignal?: Promise<string>;
  /** Run once after the first prompt is shown (interactive only): work the first question would
   * otherwise pay, done while the person is still typing. */
  whileIdle?: () => void;
}

const PROMPT = 'profile-assistant> ';
const EXIT = /^(?:exit|quit|\/exit|\/quit|:q)$/i;

/** The answer to one line as text; dispatch turns an unexpected failure into an apology (logged on stderr). */
export async function answerLine(dispatch: Pick<Dispatch, 'ask'>, line: string): Promise<string> {
  return renderText((await dispatch.ask(line, { platform: 'shell' }, { requestId: 'shell' })).reply);
}

export async function runShell(options: ShellOptions): Promise<void> {
  return options.interactive ? interactive(options) : piped(options);
}

/** Piped stdin: echo each query ("> …"), its answer, a blank line; blank lines and # comments skipped. */
async function piped({ dispatch, input, output }: ShellOptions): Promise<void> {
  const lines = createInterface({ input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const raw of lines) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (EXIT.test(line)) break;
    output.write(`> ${line}\n${await answerLine(dispatch, line)}\n\n`);
  }
  lines.close();
}

async function interactive(options: ShellOptions): Promise<void> {
  const { dispatch, index, input, output, stopSignal, whileIdle } = options;
  const rl = createInterface({
    input,
    output,
    prompt: PROMPT,
    terminal: true,
    historySize: 500,
    removeHistoryDuplicates: true,
    completer: createShellCompleter(index),
  });
  let open = true;
  const closed = new Promise<void>((resolve) =>
    rl.once('close', () => {
      open = false;
      resolve();
    }),
  );
  void stopSignal?.then(() => rl.close());
  const people = index()
    .all()
    .filter((p) => p.listed).length;
  output.write(
    `profile-assistant: ${people} ${people === 1 ? 'person' : 'people'} loaded. ` +
      'Ask a question ("who knows rust?"), type a command ("/skills rajat"), "help", or "exit".\n',
  );
  // Lines answer in the order typed: each waits for the one before (answers are async).
  let turn = Promise.resolve();
  rl.on('line', (raw) => {
    const line = raw.trim();
    turn = turn.then(async () => {
      if (!open) return;
      if (EXIT.test(line)) {
        rl.close();
        return;
      }
      if (line) output.write(`${await answerLine(dispatch, line)}\n\n`);
      if (open) rl.prompt();
    });
  });
  rl.prompt();
  // After the prompt has been written: a line typed meanwhile waits in readline's buffer.
  if (whileIdle) setImmediate(whileIdle);
  await closed;
  await turn;
}
