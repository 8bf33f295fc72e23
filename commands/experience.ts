// `experience`: a person's experience entries and highlights, only as written in the profile.
import { defineCommand } from './define-command.js';

export const experience = defineCommand({
  name: 'experience',
  description: "Show a person's experience and highlights, as written in their profile",
  options: [{ name: 'person', description: 'Name, handle or alias', required: false, autocomplete: true }],
  visibility: 'public',
  usage: '[person]',
  examples: ['/experience rajdeep', '/experience rajat'],
});
