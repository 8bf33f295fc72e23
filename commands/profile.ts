// `profile`: a person's overview card.
import { defineCommand } from './define-command.js';
import { person } from './options.js';

export const profile = defineCommand({
  name: 'profile',
  description: "Show a person's profile card: headline, skills, contacts and sections",
  order: 10,
  options: [person()],
  positional: ['person'],
  visibility: 'public',
  usage: '[person]',
  examples: ['/profile rajat', '/profile rajdeep'],
  folderExamples: ['/profile {person}', '/profile {person2}'],
  userMenu: 'Show profile',
});
