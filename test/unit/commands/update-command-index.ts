// `npm run commands:index`: rewrites commands/command-list.ts and src/engine/handlers/index.ts from the
// definitions in commands/ and the handlers beside them (run it after adding or renaming a command).
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { generateIndex, ROOT } from './command-index.js';

const index = await generateIndex();
if (index.problems.length > 0) {
  for (const problem of index.problems) console.error(`  ${problem}`);
  process.exit(1);
}
for (const file of [index.commandList, index.handlerIndex]) {
  writeFileSync(file.path, file.text);
  console.log(`wrote ${relative(ROOT, file.path)}`);
}
