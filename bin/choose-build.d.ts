// Types for bin/choose-build.js (the launcher stays plain JavaScript so it runs without tsx).
export declare const STAMP: string;
export declare const BUNDLE_ENTRY: string;
export declare function chooseBuild(root: string, forced?: string): 'dist' | 'src';
export declare function distEntry(root: string): string | null;
export declare function filesUnder(dir: string): string[];
