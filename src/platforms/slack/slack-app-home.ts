// The App Home tab: published each time a user opens it, from the `people` answer.
import { homeView } from './home-view.js';
import type { RegisterSurface } from './slack-surface.js';

export const registerSlackAppHome: RegisterSurface = (app, surface) => {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    const people = await surface.dispatch.answer(
      { platform: 'slack', command: 'people', args: {}, user: { id: event.user } },
      { requestId: `home-${event.user}` },
    );
    await client.views.publish({ user_id: event.user, view: homeView(people, surface.commandPrefix) });
  });
};
