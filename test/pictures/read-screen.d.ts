// Types for read-screen.js (browser code kept out of the TypeScript program, which has no DOM types).
export function readScreen(body: string): Promise<{ text: string; buttons: string[]; clipped: string[] }>;
