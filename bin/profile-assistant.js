#!/usr/bin/env node
// `profile-assistant`: runs dist/ or src/ (through tsx), as bin/choose-build.js decides.
import { fileURLToPath } from 'node:url';
import { chooseBuild } from './choose-build.js';

const root = fileURLToPath(new URL('..', import.meta.url));
if (chooseBuild(root, process.env.PROFILE_ASSISTANT_BUILD) === 'dist') {
  await import(new URL('../dist/src/main.js', import.meta.url).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../src/main.ts', import.meta.url).href);
}
