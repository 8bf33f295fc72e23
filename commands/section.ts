// `section`: any section of a profile by fuzzy name (values, focus, certifications, …).
import { defineCommand } from './define-command.js';

export const section = defineCommand({
  name: 'section',
  description: 'Show one section of a profile by name: values, focus, certifications, …',
  options: [
    {
      name: 'section',
      description: 'Section name, e.g. values or focus',
      required: true,
      autocomplete: true,
    },
    { name: 'person', description: 'Name, handle or alias', required: false, autocomplete: true },
  ],
  visibility: 'public',
  usage: '[person] <section>',
  examples: ['/section rajat values', '/section rajdeep focus'],
});
