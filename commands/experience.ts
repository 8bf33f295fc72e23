// `experience`: a person's experience entries and highlights, only as written in the profile.
import { defineCommand } from './define-command.js';
import { person } from './options.js';

export const experience = defineCommand({
  name: 'experience',
  description: "Show a person's experience and highlights, as written in their profile",
  order: 40,
  options: [person()],
  positional: ['person'],
  visibility: 'public',
  usage: '[person]',
  examples: ['/experience rajdeep', '/experience rajat'],
  folderExamples: ['/experience {person}', '/experience {person2}'],
});
