// Types for bin/data-file-copies.js (the build scripts stay plain JavaScript).
export declare function dataFileCopies(srcDir: string, outDir: string): [string, string][];
