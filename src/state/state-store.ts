// The StateStore contract: the few shared-state operations the bot needs (delivery de-duplication, page
// tokens), implemented in memory per replica or on Redis shared by every replica.

export interface StateStore {
  /** Stores `key` for `ttlMs` if no live value holds it; true when this call stored it (first time). */
  setIfAbsent(key: string, ttlMs: number): Promise<boolean>;
  /** Adds one to the counter at `key` (starting a `ttlMs` lifetime when it is new); the new count. */
  increment(key: string, ttlMs: number): Promise<number>;
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** What backs the store right now, for readiness and logs. */
  status(): StateStatus;
  close(): Promise<void>;
}

export type StateStatus =
  | { kind: 'memory' }
  /** `up: false` while Redis is unreachable: operations fall back to this replica's memory. */
  | { kind: 'redis'; up: boolean };

/** Every key the bot writes starts with this, so one Redis can be shared with other applications. */
export const KEY_PREFIX = 'pa:';
