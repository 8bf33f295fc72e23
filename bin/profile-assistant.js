#!/usr/bin/env node
// `profile-assistant`: runs dist/ (the bundle) or src/ (through tsx), as bin/choose-build.js decides.
import module from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chooseBuild, distEntry } from './choose-build.js';

// Node 22+ keeps compiled code between runs (in the temp folder); Node 20 has no such cache.
module.enableCompileCache?.();
const root = fileURLToPath(new URL('..', import.meta.url));
const compiled = distEntry(root);
if (chooseBuild(root, process.env.PROFILE_ASSISTANT_BUILD) === 'dist' && compiled) {
  await import(pathToFileURL(compiled).href);
} else {
  // tsx is a dev dependency: a checkout installed without them runs its build, or says what is missing.
  const tsx = await import('tsx/esm/api').catch(() => null);
  if (tsx) {
    tsx.register();
    await import(new URL('../src/main.ts', import.meta.url).href);
  } else if (compiled) {
    await import(pathToFileURL(compiled).href);
  } else {
    console.error(
      'profile-assistant: tsx is not installed; run `npm ci` (with dev dependencies) or `npm run build`',
    );
    process.exit(1);
  }
}
