// `profile`: a person's overview card.
import { defineCommand } from './define-command.js';

export const profile = defineCommand({
  name: 'profile',
  description: "Show a person's profile card: headline, skills, contacts and sections",
  options: [{ name: 'person', description: 'Name, handle or alias', required: false, autocomplete: true }],
  visibility: 'public',
  usage: '[person]',
  examples: ['/profile rajat', '/profile rajdeep'],
});
