// Fenced blocks written as text rather than code: a prose bio in a plain ``` block, or a shell session whose
// commands say what their output is (`$ echo $STACK` then "Go · Rust · Kubernetes", `$ cat skills.txt`).
// textBlockLines gives their lines, each with the key its command names, for the skill and contact readers.
import type { Code } from 'mdast';
import { sideCardLines } from './side-card-lines.js';

/** Fence languages of terminal sessions (read with their prompts). */
const SHELL_LANGS = new Set([
  'console',
  'shell',
  'sh',
  'bash',
  'zsh',
  'fish',
  'terminal',
  'shell-session',
  'shellsession',
]);
/** Fence languages of text and terminal sessions; a block in a programming language is read as code. */
const TEXT_LANGS = new Set([
  '',
  'text',
  'txt',
  'plain',
  'plaintext',
  ...SHELL_LANGS,
  'md',
  'markdown',
  'nohighlight',
  'none',
]);
const MAX_LINES = 200;
const MAX_LINE = 300;
// "$ echo $STACK", "jane@host:~$ cat skills.txt", "❯ whoami", "> ls langs/": a prompt and its command.
const PROMPT = /^\s{0,4}(?:[\w.-]{1,32}@[\w.-]{1,32}(?::[~\w/.-]{0,40})?\s?)?[$%❯➜>λ]\s{1,3}(\S.{0,200})$/u;
// The word a command names its output by: `echo $STACK`, `cat ~/skills.md`, `ls languages/`, `whoami`.
const ECHO_VAR = /^echo\s{1,3}["']?\$\{?([A-Za-z_]\w{0,30})/;
const READERS = new Set(['cat', 'less', 'more', 'bat', 'head', 'tail', 'ls', 'tree', 'open', 'type']);

function commandKey(command: string): string | null {
  const echo = ECHO_VAR.exec(command);
  if (echo) return echo[1]!.toLowerCase();
  // Options, and the working directory a zsh prompt shows before the command ("➜  ~ cat about.txt").
  const words = command.split(/\s+/).filter((w) => !w.startsWith('-'));
  while (words.length > 1 && /^[~/]/.test(words[0]!)) words.shift();
  if (words.length === 1) return /^[a-z][\w-]{1,30}$/i.test(words[0]!) ? words[0]!.toLowerCase() : null;
  if (!READERS.has(words[0]!.toLowerCase())) return null;
  const file = (words.at(-1) ?? '').replace(/["']/g, '').replace(/(?<!\/)\/+$/, '');
  const base = file.slice(file.lastIndexOf('/') + 1);
  const stem = base.includes('.') && !base.startsWith('.') ? base.slice(0, base.lastIndexOf('.')) : base;
  return /^[\w-]{1,30}$/.test(stem) ? stem.toLowerCase() : null;
}

export interface TextBlockLine {
  text: string;
  /** Lowercase key the line stands under: the word its shell command names ("stack"), else null. */
  key: string | null;
  /** True for the command line itself (`$ echo $STACK`). */
  command: boolean;
  /** Offset of the line inside the block (0 = first line after the fence). */
  offset: number;
}

export function isTextBlock(code: Code): boolean {
  return TEXT_LANGS.has((code.lang ?? '').trim().toLowerCase());
}

// A command typed without a prompt ("git clone …", "npm i -g x"): instructions, not facts about the person.
const BARE_COMMAND =
  /^(?:sudo|git|npm|npx|yarn|pnpm|pip3?|cd|curl|wget|docker|kubectl|helm|brew|apt(?:-get)?|go|cargo|make|python3?|node|deno|bun|gem|bundle|composer|mvn|gradle|dotnet|ssh|export|source|echo|cat|ls|mkdir|rm|cp|mv|chmod)\s/;

// Skills, contacts and names all read the same blocks: split each once.
const cache = new WeakMap<Code, TextBlockLine[]>();

/** The lines of a text block with the keys their commands give; [] for a block of code or a shell script. */
export function textBlockLines(code: Code): TextBlockLine[] {
  let lines = cache.get(code);
  if (!lines) {
    lines = readTextBlock(code);
    cache.set(code, lines);
  }
  return lines;
}

function readTextBlock(code: Code): TextBlockLine[] {
  if (!isTextBlock(code)) return [];
  const out: TextBlockLine[] = [];
  let key: string | null = null;
  let prompts = 0;
  const raw = code.value.split('\n', MAX_LINES);
  // A neofetch card: the facts beside the art, not the art.
  (sideCardLines(raw) ?? raw).forEach((raw, offset) => {
    const text = raw.slice(0, MAX_LINE).trim();
    if (!text) return;
    const prompt = PROMPT.exec(text);
    if (prompt) {
      prompts++;
      key = commandKey(prompt[1]!.trim());
      out.push({ text: prompt[1]!, key, command: true, offset });
      return;
    }
    out.push({ text, key, command: key === null && BARE_COMMAND.test(text), offset });
  });
  // A shell block without a single prompt is a script to run, not a session showing facts.
  const shell = SHELL_LANGS.has((code.lang ?? '').trim().toLowerCase());
  return shell && prompts === 0 ? [] : out;
}
