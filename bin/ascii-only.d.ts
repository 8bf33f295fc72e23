// Types for bin/ascii-only.js (the build scripts stay plain JavaScript).
export declare function asciiOnly(source: string): string;
