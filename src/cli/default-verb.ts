// No verb: start every configured platform, or the local shell when none is configured.
import { configuredPlatforms, loadConfig } from '../config/config.js';
import { formatConfigErrors } from '../config/format-config-errors.js';
import { type CliIo, writeLine } from './cli-io.js';

export async function runDefault(args: string[], io: CliIo): Promise<number> {
  const config = loadConfig(io.env);
  if (!config.ok) {
    writeLine(io.stderr, formatConfigErrors(config.errors));
    return 1;
  }
  if (configuredPlatforms(config.config).length === 0) {
    return (await import('./shell.js')).run(args, io);
  }
  return (await import('./start.js')).run(args, io);
}
