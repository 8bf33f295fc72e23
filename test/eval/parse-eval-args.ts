// Command-line options of `npm run eval:answers`: a questions file and extra named profile folders.
import { resolve } from 'node:path';

export interface EvalArgs {
  /** The questions file (JSONL); undefined = the project's test/eval/answers.jsonl. */
  cases?: string;
  /** Extra profile folders by name, added to the known ones (a case's `folder` names one of them). */
  folders: Record<string, string>;
  /** Print only the scores, not every miss. */
  quiet: boolean;
}

const USAGE = 'usage: eval:answers [--cases FILE] [--folder NAME=DIR]… [--quiet]';
// A folder name is what a case's `folder` field holds: a short word, no path.
const FOLDER_NAME = /^[a-z0-9][a-z0-9_-]{0,39}$/i;

/** Reads the options (after `--`); throws with the usage line on anything it does not know. */
export function parseEvalArgs(argv: readonly string[], cwd = process.cwd()): EvalArgs {
  const args: EvalArgs = { folders: {}, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const [flag, inline] =
      arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    if (flag === '--quiet' && inline === undefined) {
      args.quiet = true;
      continue;
    }
    if (flag !== '--cases' && flag !== '--folder') throw new Error(`unknown option “${arg}”\n${USAGE}`);
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') throw new Error(`${flag} needs a value\n${USAGE}`);
    if (flag === '--cases') {
      args.cases = resolve(cwd, value);
      continue;
    }
    const split = value.indexOf('=');
    const name = value.slice(0, Math.max(split, 0));
    const dir = value.slice(split + 1);
    if (split <= 0 || dir === '') throw new Error(`--folder takes NAME=DIR, got “${value}”\n${USAGE}`);
    if (!FOLDER_NAME.test(name))
      throw new Error(`folder name “${name}” must be a short word (letters, digits, - or _)`);
    if (name in args.folders) throw new Error(`folder “${name}” is given twice`);
    args.folders[name] = resolve(cwd, dir);
  }
  return args;
}
