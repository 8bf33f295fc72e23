// The Slack app manifest, generated from commands/: slash commands, scopes, events, interactivity.
import { COMMANDS, type CommandDefinition } from '../../../commands/index.js';

export interface ManifestOptions {
  /** Command prefix (SLACK_COMMAND_PREFIX), e.g. "pa-" → /pa-skills. */
  prefix: string;
  /** Socket Mode (no public URL) or HTTP mode (requests to `requestUrl`). */
  socketMode: boolean;
  requestUrl?: string;
  /** The built-in commands unless a test adds one. */
  commands?: readonly CommandDefinition[];
}

// Why each scope: commands (slash commands), chat:write (answer DMs/mentions), app_mentions:read
// (@mentions), im:history/im:read/im:write (DMs), users:read (turn <@U…> into a name).
export const BOT_SCOPES = [
  'commands',
  'chat:write',
  'app_mentions:read',
  'im:history',
  'im:read',
  'im:write',
  'users:read',
];

export function slackManifest(options: ManifestOptions) {
  const url = options.socketMode
    ? undefined
    : (options.requestUrl ?? 'https://your-host.example/slack/events');
  const withUrl = <T extends object>(o: T) => (url ? { ...o, url } : o);
  return {
    display_information: {
      name: 'Profile Assistant',
      description: 'Answers questions about people from their profile files',
      background_color: '#2c2d30',
    },
    features: {
      app_home: { home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: 'profile-assistant', always_online: true },
      slash_commands: (options.commands ?? COMMANDS).map((c) =>
        withUrl({
          command: `/${options.prefix}${c.name}`,
          description: c.description,
          ...(c.usage ? { usage_hint: c.usage } : {}),
          should_escape: false,
        }),
      ),
    },
    oauth_config: { scopes: { bot: BOT_SCOPES } },
    settings: {
      event_subscriptions: withUrl({ bot_events: ['app_home_opened', 'app_mention', 'message.im'] }),
      interactivity: withUrl({ is_enabled: true }),
      org_deploy_enabled: false,
      socket_mode_enabled: options.socketMode,
      token_rotation_enabled: false,
    },
  };
}
