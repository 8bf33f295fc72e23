// dataFileCopies: where bin/compile-checkout.js copies src/'s JSON data files. A module reads its data
// beside itself (createRequire('./technologies.json')) and the bundle's chunks all sit in one folder,
// so every file lands there by its base name: two with the same name would overwrite one another.
import { basename, join, relative } from 'node:path';
import { filesUnder } from './choose-build.js';

/** [from, to] for every .json file under `srcDir`; throws, naming them, when two share a base name. */
export function dataFileCopies(srcDir, outDir) {
  const byName = new Map();
  for (const file of filesUnder(srcDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const name = basename(file);
    byName.set(name, [...(byName.get(name) ?? []), file]);
  }
  const clashes = [...byName.values()].filter((files) => files.length > 1);
  if (clashes.length > 0) {
    const list = clashes.map((files) => files.map((f) => relative(srcDir, f)).join(' and ')).join('; ');
    throw new Error(
      `data files under src/ share a base name and would overwrite each other in the bundle: ${list}. Rename one.`,
    );
  }
  return [...byName.entries()].map(([name, [file]]) => [file, join(outDir, name)]);
}
