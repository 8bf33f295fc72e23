// ParseResult: what parsing one profile file gives — a valid Profile, or the file rejected with a reason.
import type { Profile, RejectedFile } from './profile.js';

export type ParseResult = { ok: true; profile: Profile } | { ok: false; rejected: RejectedFile };
