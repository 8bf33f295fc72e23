// `search`: fuzzy full-text search over every section of every profile.
import { defineCommand } from './define-command.js';

export const search = defineCommand({
  name: 'search',
  description: 'Search every profile for words or phrases, with ranked snippets',
  options: [
    {
      name: 'query',
      description: 'Words to look for, e.g. event driven',
      required: true,
      autocomplete: false,
    },
    { name: 'person', description: 'Only search this person', required: false, autocomplete: true },
  ],
  visibility: 'public',
  usage: '<query>',
  examples: ['/search event driven', '/search timezone scheduling'],
});
