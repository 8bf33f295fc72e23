// `contact`: how to reach a person (ephemeral by default: contact details are personal).
import { defineCommand } from './define-command.js';
import { person } from './options.js';

export const contact = defineCommand({
  name: 'contact',
  description: 'Show how to reach a person: email, GitHub, LinkedIn and other links',
  order: 30,
  options: [person()],
  positional: ['person'],
  visibility: 'ephemeral',
  usage: '[person]',
  examples: ['/contact rajdeep', '/contact rajat'],
  folderExamples: ['/contact {person2}', '/contact {person}'],
});
