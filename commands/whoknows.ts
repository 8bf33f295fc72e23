// `whoknows`: people ranked for a skill, with the line that shows it.
import { defineCommand } from './define-command.js';

export const whoknows = defineCommand({
  name: 'whoknows',
  description: 'Find who knows a skill, ranked, with the line from their profile',
  options: [
    { name: 'skill', description: 'A skill, e.g. rust or postgres', required: true, autocomplete: true },
    { name: 'person', description: 'Only ask about this person', required: false, autocomplete: true },
  ],
  visibility: 'public',
  usage: '<skill> [person:name]',
  examples: ['/whoknows rust', '/whoknows terraform', '/whoknows terraform person:rajdeep'],
});
