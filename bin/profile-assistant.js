#!/usr/bin/env node
// `profile-assistant`: runs dist/ (the bundle) or src/ (through tsx), as bin/choose-build.js decides.
import module from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import { chooseBuild, distEntry } from './choose-build.js';

// A regular expression is compiled to machine code on its first match instead of first to bytecode and
// again to machine code on its second: a start runs thousands of them once or twice, so compiling each
// once saves about a quarter of a first parse. V8 reads this when a RegExp is created (not a mode switch
// for existing ones) and made it its default in 2025 ("single-tier pipeline").
v8.setFlagsFromString('--regexp-tier-up-ticks=0');

// Node 22+ keeps compiled ES modules between runs (in the temp folder): the launcher, tsx, tsc's output.
module.enableCompileCache?.();
const root = fileURLToPath(new URL('..', import.meta.url));
const compiled = distEntry(root);

/** The bundle through V8's code cache (PROFILE_ASSISTANT_CODE_CACHE=off runs it without); tsc's output by import. */
async function runCompiled() {
  if (!compiled.endsWith('.cjs')) return import(pathToFileURL(compiled).href);
  const { cacheDirFor, runBundle } = await import('./run-bundle.js');
  const verb = /^[a-z]{1,20}$/.test(process.argv[2] ?? '') ? process.argv[2] : 'default';
  const off = process.env.PROFILE_ASSISTANT_CODE_CACHE === 'off';
  runBundle(compiled, { cacheDir: off ? null : cacheDirFor(compiled, process.env), verb });
}

if (chooseBuild(root, process.env.PROFILE_ASSISTANT_BUILD) === 'dist' && compiled) {
  await runCompiled();
} else {
  // tsx is a dev dependency: a checkout installed without them runs its build, or says what is missing.
  const tsx = await import('tsx/esm/api').catch(() => null);
  if (tsx) {
    tsx.register();
    await import(new URL('../src/main.ts', import.meta.url).href);
  } else if (compiled) {
    await runCompiled();
  } else {
    console.error(
      'profile-assistant: tsx is not installed; run `npm ci` (with dev dependencies) or `npm run build`',
    );
    process.exit(1);
  }
}
