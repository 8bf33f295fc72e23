// `skills`: a person's skills grouped by category.
import { defineCommand } from './define-command.js';
import { person } from './options.js';

export const skills = defineCommand({
  name: 'skills',
  description: "List a person's skills, grouped by category",
  order: 20,
  options: [person()],
  positional: ['person'],
  visibility: 'public',
  usage: '[person]',
  examples: ['/skills rajat', '/skills rajdeep'],
  folderExamples: ['/skills {person}', '/skills {person2}'],
});
