// `skills`: a person's skills grouped by category, or only those of one kind (`kind:databases`).
import { defineCommand } from './define-command.js';
import { person } from './options.js';

export const skills = defineCommand({
  name: 'skills',
  description: "List a person's skills, grouped by category",
  order: 20,
  options: [
    person(),
    {
      name: 'kind',
      description: 'Only one kind: languages, databases, cloud platforms, frameworks, testing tools…',
      required: false,
      complete: 'kinds',
      maxLength: 100,
      read: 'topic',
    },
  ],
  positional: ['person'],
  visibility: 'public',
  usage: '[person] [kind:databases]',
  examples: ['/skills rajat', '/skills rajdeep', '/skills rajat kind:languages'],
  folderExamples: ['/skills {person}', '/skills {person2}'],
});
