#!/usr/bin/env node
// Runs one TypeScript file (benchmarks, scripts) through tsx: `node bin/run-ts.js FILE [args…]`.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [file, ...rest] = process.argv.slice(2);
if (!file) {
  console.error('usage: run-ts.js FILE [args…]');
  process.exit(2);
}
process.argv = [process.argv[0], resolve(file), ...rest];
const { register } = await import('tsx/esm/api');
register();
await import(pathToFileURL(resolve(file)).href);
