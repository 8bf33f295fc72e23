#!/usr/bin/env node
// `profile-assistant`: runs the TypeScript sources through tsx in a checkout, or the compiled
// build (dist/) where sources are not shipped (the container image). PROFILE_ASSISTANT_BUILD=dist
// forces the build in a checkout (benchmarks measure what production runs).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const source = new URL('../src/main.ts', import.meta.url);
const build = new URL('../dist/src/main.js', import.meta.url);
const useBuild = process.env.PROFILE_ASSISTANT_BUILD === 'dist' || !existsSync(fileURLToPath(source));
if (useBuild) {
  await import(build.href);
} else {
  // tsx is a dev dependency: a checkout installed without them runs its build, or says what is missing.
  const tsx = await import('tsx/esm/api').catch(() => null);
  if (tsx) {
    tsx.register();
    await import(source.href);
  } else if (existsSync(fileURLToPath(build))) {
    await import(build.href);
  } else {
    console.error(
      'profile-assistant: tsx is not installed; run `npm ci` (with dev dependencies) or `npm run build`',
    );
    process.exit(1);
  }
}
