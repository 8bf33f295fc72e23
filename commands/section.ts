// `section`: any section of a profile by fuzzy name (values, focus, certifications, …).
import { defineCommand } from './define-command.js';
import { person } from './options.js';

export const section = defineCommand({
  name: 'section',
  description: 'Show one section of a profile by name: values, focus, certifications, …',
  order: 50,
  options: [
    {
      name: 'section',
      description: 'Section name, e.g. values or focus',
      required: true,
      complete: 'sections',
      maxLength: 100,
      read: 'text',
    },
    person(),
  ],
  // "rajat values", "values rajat", "rajat jog engineering values": split where the name is.
  positional: ['person', 'section'],
  visibility: 'public',
  usage: '[person] <section>',
  examples: ['/section rajat values', '/section rajdeep focus'],
  folderExamples: ['/section {person} {section}', '/section {person2} {section2}'],
});
