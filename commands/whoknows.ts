// `whoknows`: people ranked for a skill, with the line that shows it.
import { defineCommand } from './define-command.js';
import { person } from './options.js';

export const whoknows = defineCommand({
  name: 'whoknows',
  description: 'Find who knows a skill, ranked, with the line from their profile',
  order: 70,
  options: [
    {
      name: 'skill',
      description: 'A skill, e.g. rust or postgres',
      required: true,
      complete: 'skills',
      maxLength: 100,
      read: 'topic',
    },
    person('Only ask about this person'),
  ],
  positional: ['skill'],
  visibility: 'public',
  usage: '<skill> [person:name]',
  examples: ['/whoknows rust', '/whoknows terraform', '/whoknows terraform person:rajdeep'],
  folderExamples: ['/whoknows {skill}', '/whoknows {skill2}', '/whoknows {skill2} person:{person}'],
});
