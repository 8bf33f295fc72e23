// The parts of a Discord interaction payload we read, validated (never cast) before use.
import { z } from 'zod';

const User = z.looseObject({
  id: z.string(),
  username: z.string().optional(),
  global_name: z.string().nullish(),
});

export interface InteractionOption {
  name: string;
  type: number;
  value?: string | number | boolean;
  focused?: boolean;
  options?: InteractionOption[];
}
const Option: z.ZodType<InteractionOption> = z.lazy(() =>
  z.looseObject({
    name: z.string(),
    type: z.number(),
    value: z.union([z.string(), z.number(), z.boolean()]).optional(),
    focused: z.boolean().optional(),
    options: z.array(Option).optional(),
  }),
);

export const InteractionSchema = z.looseObject({
  id: z.string(),
  type: z.number().int(),
  token: z.string().optional(),
  application_id: z.string().optional(),
  guild_id: z.string().optional(),
  channel_id: z.string().optional(),
  member: z.looseObject({ user: User }).optional(),
  user: User.optional(),
  data: z
    .looseObject({
      name: z.string().optional(),
      options: z.array(Option).optional(),
      custom_id: z.string().optional(),
      component_type: z.number().optional(),
      /** 1 slash command, 2 user context menu (then `target_id` is the member right-clicked). */
      type: z.number().int().optional(),
      target_id: z.string().optional(),
      /** Users and members an interaction names (user options, a menu's target), by id. */
      resolved: z
        .looseObject({
          users: z.record(z.string(), User).optional(),
          members: z.record(z.string(), z.looseObject({ nick: z.string().nullish() })).optional(),
        })
        .optional(),
    })
    .optional(),
});

export type Interaction = z.infer<typeof InteractionSchema>;

/** `data.type` of a user context-menu entry (right-click a member → Apps). */
export const USER_MENU_TYPE = 2;

export const InteractionType = { Ping: 1, Command: 2, Component: 3, Autocomplete: 4 } as const;
export const CallbackType = {
  Pong: 1,
  Message: 4,
  Deferred: 5,
  /** A component's acknowledgement: the message it is on is edited later. */
  DeferredUpdate: 6,
  UpdateMessage: 7,
  Autocomplete: 8,
} as const;
