// The handler map: one entry per command in commands/index.ts (a missing one fails to compile).
import { contact } from './contact.js';
import { experience } from './experience.js';
import type { HandlerMap } from './handler.js';
import { help } from './help.js';
import { people } from './people.js';
import { profile } from './profile.js';
import { search } from './search.js';
import { section } from './section.js';
import { skills } from './skills.js';
import { whoknows } from './whoknows.js';

export const HANDLERS: HandlerMap = {
  profile,
  skills,
  contact,
  experience,
  section,
  search,
  whoknows,
  people,
  help,
};
