// `people`: who is indexed.
import { defineCommand } from './define-command.js';

export const people = defineCommand({
  name: 'people',
  description: 'List the people this assistant knows about',
  order: 80,
  options: [],
  positional: [],
  visibility: 'public',
  usage: '',
  examples: ['/people'],
});
