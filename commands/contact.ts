// `contact`: how to reach a person (ephemeral by default: contact details are personal).
import { defineCommand } from './define-command.js';

export const contact = defineCommand({
  name: 'contact',
  description: 'Show how to reach a person: email, GitHub, LinkedIn and other links',
  options: [{ name: 'person', description: 'Name, handle or alias', required: false, autocomplete: true }],
  visibility: 'ephemeral',
  usage: '[person]',
  examples: ['/contact rajdeep', '/contact rajat'],
});
