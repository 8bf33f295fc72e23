// Test runner settings. Speed: test files share their workers' loaded modules (isolate: false), which
// saves re-importing src/, zod, discord.js and bolt for every file (most of the suite's CPU time), and
// the suite uses both cores even on a 2-core machine (vitest's default there is one worker).
import { defineConfig } from 'vitest/config';

// Files that need a fresh module graph of their own: the regex audit records every RegExp built
// while src/ modules load, so those modules must load inside that file.
const OWN_MODULES = ['test/unit/security/regex-safety.test.ts'];

export default defineConfig({
  test: {
    exclude: ['test/bench/**', 'node_modules/**', 'dist/**'],
    // Generous: a test that hangs still fails, but a real process start (about 1 s of CPU) can take
    // 15 s of wall time while this shared machine is throttled, and must not fail for that alone.
    testTimeout: 45_000,
    hookTimeout: 45_000,
    pool: 'forks',
    setupFiles: ['test/setup/fast-check-seed.ts'],
    // Two workers even where os.availableParallelism() is 2: the end-to-end files mostly wait on
    // child processes and sockets, so they overlap well with the CPU-bound unit files.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: OWN_MODULES, isolate: false },
      },
      { extends: true, test: { name: 'isolated', include: OWN_MODULES, isolate: true } },
    ],
  },
});
