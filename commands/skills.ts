// `skills`: a person's skills grouped by category.
import { defineCommand } from './define-command.js';

export const skills = defineCommand({
  name: 'skills',
  description: "List a person's skills, grouped by category",
  options: [{ name: 'person', description: 'Name, handle or alias', required: false, autocomplete: true }],
  visibility: 'public',
  usage: '[person]',
  examples: ['/skills rajat', '/skills rajdeep'],
});
