// collectRegexes: every regular expression in the source tree, found by reading the .ts files (so a
// new one is checked without anyone registering it) plus, for RegExps built from strings, the values
// the modules actually build when they load (captured by a recording RegExp constructor).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface FoundRegex {
  /** "src/profiles/extract/split-skill-list.ts:15" */
  where: string;
  source: string;
  flags: string;
}

export interface DynamicSite {
  where: string;
  file: string;
  /** The pattern when the argument is made of string literals and string constants, else null. */
  known: FoundRegex | null;
}

export function listSourceFiles(root: string, dirs: readonly string[]): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
    });
  return dirs.flatMap((dir) => walk(join(root, dir))).sort();
}

/** Regex literals and `new RegExp(…)` / `RegExp(…)` call sites of one file. */
export function scanFile(root: string, path: string): { literals: FoundRegex[]; dynamic: DynamicSite[] } {
  const file = relative(root, path);
  const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const consts = stringConstants(sf);
  const literals: FoundRegex[] = [];
  const dynamic: DynamicSite[] = [];
  const where = (node: ts.Node) => `${file}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(sf);
      const end = text.lastIndexOf('/');
      literals.push({ where: where(node), source: text.slice(1, end), flags: text.slice(end + 1) });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const [pattern, flags] = node.arguments ?? [];
      const source = pattern ? evaluate(pattern, consts) : null;
      const flagText = flags ? evaluate(flags, consts) : '';
      const known =
        source !== null && flagText !== null ? { where: where(node), source, flags: flagText } : null;
      dynamic.push({ where: where(node), file, known });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { literals, dynamic };
}

/** Top-level `const X = <string expression>` of a file, evaluated in order. */
function stringConstants(sf: ts.SourceFile): Map<string, string> {
  const consts = new Map<string, string>();
  for (const statement of sf.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const decl of statement.declarationList.declarations) {
      if (!ts.isIdentifier(decl.name) || !decl.initializer) continue;
      const value = evaluate(decl.initializer, consts);
      if (value !== null) consts.set(decl.name.text, value);
    }
  }
  return consts;
}

/** The string value of literals, templates, `+` and known constants; null for anything else. */
function evaluate(node: ts.Expression, consts: Map<string, string>): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return evaluate(node.expression, consts);
  if (ts.isIdentifier(node)) return consts.get(node.text) ?? null;
  if (ts.isTemplateExpression(node)) {
    let text = node.head.text;
    for (const span of node.templateSpans) {
      const value = evaluate(span.expression, consts);
      if (value === null) return null;
      text += value + span.literal.text;
    }
    return text;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = evaluate(node.left, consts);
    const right = evaluate(node.right, consts);
    return left === null || right === null ? null : left + right;
  }
  return null;
}

/**
 * Imports every module with a recording RegExp constructor in place and returns what each file built
 * while loading (module-level patterns made from constants or helper functions), or on first use:
 * `firstUse` names, by file, the export that builds all of a module's patterns, called after loading.
 */
export async function regexesBuiltOnLoad(
  root: string,
  files: readonly string[],
  firstUse: Readonly<Record<string, string>> = {},
): Promise<FoundRegex[]> {
  const built: FoundRegex[] = [];
  const Original = globalThis.RegExp;
  // The frame right below the constructor: RegExps that libraries build for themselves are theirs.
  const caller = (): string | null => {
    const frames = (new Error().stack?.split('\n') ?? []).filter((f) => f.includes(' at '));
    const frame = frames.find((f) => !f.includes('collect-regexes.ts'));
    const match = frame && /\(?(?:file:\/\/)?([^\s()]+?):\d+:\d+\)?$/.exec(frame);
    const path = match?.[1];
    return path?.startsWith(root) && !path.includes('/node_modules/') ? relative(root, path) : null;
  };
  const recording = new Proxy(Original, {
    construct(target, args, newTarget) {
      const made = Reflect.construct(target, args, newTarget === recording ? target : newTarget) as RegExp;
      const file = caller();
      if (file) built.push({ where: file, source: made.source, flags: made.flags });
      return made;
    },
    apply(target, _this, args) {
      const made = Reflect.apply(target, undefined, args) as RegExp;
      const file = caller();
      if (file) built.push({ where: file, source: made.source, flags: made.flags });
      return made;
    },
  });
  globalThis.RegExp = recording;
  try {
    for (const file of files) {
      const loaded = (await import(file)) as Record<string, unknown>;
      const build = firstUse[relative(root, file)];
      if (build) (loaded[build] as () => unknown)();
    }
  } finally {
    globalThis.RegExp = Original;
  }
  return built;
}
