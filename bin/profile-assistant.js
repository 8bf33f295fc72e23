#!/usr/bin/env node
// `profile-assistant`: runs the TypeScript sources through tsx in a checkout, or the compiled
// build (dist/) where sources are not shipped (the container image).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const source = new URL('../src/main.ts', import.meta.url);
if (existsSync(fileURLToPath(source))) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
} else {
  await import(new URL('../dist/src/main.js', import.meta.url).href);
}
