// Where each platform kind lives: loaded with a dynamic import only when the config turns it on,
// so discord.js and Bolt never load (or cost startup time) for a platform that is not in use.
import type { PlatformFactory } from '../platforms/platform.js';

export type PlatformKind = 'discord-gateway' | 'discord-http' | 'slack-socket' | 'slack-http';

export const PLATFORM_LOADERS: Record<PlatformKind, () => Promise<PlatformFactory>> = {
  'discord-gateway': async () =>
    (await import('../platforms/discord/discord-gateway.js')).createDiscordGateway,
  'discord-http': async () => (await import('../platforms/discord/discord-http.js')).createDiscordHttp,
  // One Bolt module serves both modes; it picks Socket Mode or HTTP from the config.
  'slack-socket': async () => (await import('../platforms/slack/slack-platform.js')).createSlackPlatform,
  'slack-http': async () => (await import('../platforms/slack/slack-platform.js')).createSlackPlatform,
};
