#!/usr/bin/env node
// `profile-assistant`: runs dist/ or src/ (through tsx), as bin/choose-build.js decides.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chooseBuild } from './choose-build.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const build = new URL('../dist/src/main.js', import.meta.url);
if (chooseBuild(root, process.env.PROFILE_ASSISTANT_BUILD) === 'dist') {
  await import(build.href);
} else {
  // tsx is a dev dependency: a checkout installed without them runs its build, or says what is missing.
  const tsx = await import('tsx/esm/api').catch(() => null);
  if (tsx) {
    tsx.register();
    await import(new URL('../src/main.ts', import.meta.url).href);
  } else if (existsSync(fileURLToPath(build))) {
    await import(build.href);
  } else {
    console.error(
      'profile-assistant: tsx is not installed; run `npm ci` (with dev dependencies) or `npm run build`',
    );
    process.exit(1);
  }
}
