// Types for bin/run-bundle.js (the launcher stays plain JavaScript so it runs without tsx).
export declare function cacheFileFor(dir: string, bundleBytes: Uint8Array, verb: string): string;
export declare function readCodeCache(file: string): Buffer | undefined;
export declare function writeCodeCache(file: string, payload: Uint8Array): void;
export declare function cacheDirFor(bundle: string, env: Record<string, string | undefined>): string | null;
export declare function runBundle(
  bundle: string,
  options: { cacheDir: string | null; verb: string },
): { cached: boolean };
