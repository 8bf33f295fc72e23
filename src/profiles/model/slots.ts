// Slots: the string slots of copyValidProfile's copy, filled with fresh shared strings after the walk,
// and the checks (INVALID, text, record, list) both share.
import { hasUnsafeCharacters, jsonHasUnsafeCharacters, safeValue } from '../../text/unsafe-characters.js';
import { common, EMPTY, poolInstance } from './compact-profile.js';

/** Thrown (one shared instance, never seen outside) when a field breaks the schema. */
export const INVALID = new Error('not valid');

export type Target = Record<string | number, unknown>;

/** A string of at least `min` characters, else INVALID. */
export function text(value: unknown, min: number): string {
  if (typeof value !== 'string' || value.length < min) throw INVALID;
  return value;
}

export function record(value: unknown): Target {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw INVALID;
  return value as Target;
}

export function list(value: unknown): readonly unknown[] {
  if (!Array.isArray(value)) throw INVALID;
  return value;
}

/**
 * Every string slot of the copy (object and key), filled in after the walk: strings are copied fresh
 * (parsing leaves slices of the whole document that would keep it alive) and shared, as compactProfile
 * does. Objects are built as whole literals and lists at their exact length, as JSON.parse builds them
 * (objects grown key by key, or lists by push, hold spare room: +40 % heap per profile, measured).
 */
export class Slots {
  readonly targets: Target[] = [];
  readonly keys: (string | number)[] = [];
  /** True: the string may be shared between profiles (compactProfile's commonOrMine); false: only within one. */
  readonly pooled: boolean[] = [];

  /** `fresh: false`: the strings stay as they are (a check and a copy of the objects only). */
  constructor(readonly fresh = true) {}

  /**
   * Registers target[key] when it holds a string. A string kept as it is (not fresh: a parse cache's)
   * skips fill's cleaning, so one holding a control or bidi character is INVALID: no parse leaves one,
   * so it was written by hand (the file name, the folder's own, is exempt as in fill).
   */
  keep(target: Target, key: string | number, pooled: boolean): void {
    const value = target[key];
    if (typeof value !== 'string') return;
    if (!this.fresh) {
      if (key !== 'file' && hasUnsafeCharacters(value)) throw INVALID;
      return;
    }
    this.targets.push(target);
    this.keys.push(key);
    this.pooled.push(pooled);
  }

  texts(value: unknown, min: number, pooled: boolean): string[] {
    const from = list(value);
    if (from.length === 0) return EMPTY;
    for (let i = 0; i < from.length; i++) text(from[i], min);
    const out = from.slice() as string[];
    for (let i = 0; i < out.length; i++) this.keep(out as unknown as Target, i, pooled);
    return out;
  }

  items<T extends Target>(value: unknown, copy: (from: Target) => T, pooled: Record<string, boolean>): T[] {
    const from = list(value);
    if (from.length === 0) return EMPTY;
    const out = new Array<T>(from.length); // not map(), which skips holes zod would refuse
    for (let i = 0; i < from.length; i++) out[i] = copy(record(from[i]));
    for (const item of out) for (const key in pooled) this.keep(item, key, pooled[key]!);
    return out;
  }

  /** Puts a fresh, shared instance of each string in its slot: one JSON round trip for all new ones. */
  fill(): void {
    const { targets, keys, pooled } = this;
    // Equal strings of one profile get one copy (compactProfile's per-profile map); the pool is asked first.
    const pendingAt = new Map<string, number>();
    const pending: string[] = [];
    const waiting: number[] = [];
    for (let i = 0; i < targets.length; i++) {
      const value = targets[i]![keys[i]!] as string;
      const known = pooled[i] ? poolInstance(value) : undefined;
      if (known !== undefined) {
        targets[i]![keys[i]!] = known;
        continue;
      }
      let at = pendingAt.get(value);
      if (at === undefined) {
        at = pending.push(value) - 1;
        pendingAt.set(value, at);
      }
      waiting.push(i, at);
    }
    if (pending.length === 0) return;
    const json = JSON.stringify(pending);
    const copies = JSON.parse(json) as string[];
    // A control or bidi character written as an escape (JSON's "\u001b", YAML's "\e", HTML's "&#x202E;")
    // decoded after the bytes were cleaned: it goes here (unsafe-characters.ts). The file name stays as
    // the folder has it: it is the store's key for the profile.
    const unsafe = jsonHasUnsafeCharacters(json);
    for (let w = 0; w < waiting.length; w += 2) {
      const i = waiting[w]!;
      const fresh = copies[waiting[w + 1]!]!;
      const copy = unsafe && keys[i] !== 'file' ? safeValue(fresh) : fresh;
      targets[i]![keys[i]!] = pooled[i] ? common(copy) : copy;
    }
  }
}
