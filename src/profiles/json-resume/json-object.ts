// isObject: a parsed JSON value that is an object (not null, not a list), for reading hand-edited resumes.

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
