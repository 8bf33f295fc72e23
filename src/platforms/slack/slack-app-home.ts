// The App Home tab: published each time a user opens it, from the `people` answer.
import type { Invocation } from '../../engine/invocation.js';
import { homeView } from './home-view.js';
import type { RegisterSurface } from './slack-surface.js';

export const registerSlackAppHome: RegisterSurface = (app, surface) => {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    const invocation: Invocation = {
      platform: 'slack',
      command: 'people',
      args: {},
      user: { id: event.user },
    };
    const reply = await surface.dispatch.answer(invocation, { requestId: `home-${event.user}` });
    const view = homeView({ invocation, reply }, surface.commandPrefix);
    await client.views.publish({ user_id: event.user, view });
  });
};
