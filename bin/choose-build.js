// Which code `profile-assistant` runs: the compiled build (dist/) where sources are not shipped (the
// image) or where `npm ci` compiled them and nothing under src/ or commands/ changed since; otherwise
// the TypeScript sources through tsx. PROFILE_ASSISTANT_BUILD=dist or =src forces one.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const STAMP = 'dist/.compiled-from-checkout';

/** Every file under `dir` (none when it is missing), as paths. */
export function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** dist/ compiled by bin/compile-checkout.js after the last change under src/ and commands/. */
function buildIsFresh(root) {
  const stamp = join(root, STAMP);
  if (!existsSync(stamp) || !existsSync(join(root, 'dist/src/main.js'))) return false;
  const builtAt = statSync(stamp).mtimeMs;
  for (const dir of ['src', 'commands'])
    for (const file of filesUnder(join(root, dir))) if (statSync(file).mtimeMs > builtAt) return false;
  return true;
}

/** 'dist' or 'src' for the checkout or image at `root`. */
export function chooseBuild(root, forced) {
  if (forced === 'dist' || forced === 'src') return forced;
  if (!existsSync(join(root, 'src/main.ts'))) return 'dist';
  return buildIsFresh(root) ? 'dist' : 'src';
}
