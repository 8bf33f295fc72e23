// `profiles-check` verb: placeholder until its issue lands; it says so and exits 2.
import { type CliIo, writeLine } from './cli-io.js';

export async function run(_args: string[], io: CliIo): Promise<number> {
  writeLine(io.stderr, 'profile-assistant: "profiles-check" is not available in this build yet');
  return 2;
}
