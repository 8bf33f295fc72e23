// `search`: fuzzy full-text search over every section of every profile.
import { defineCommand } from './define-command.js';
import { person } from './options.js';

export const search = defineCommand({
  name: 'search',
  description: 'Search every profile for words or phrases, with ranked snippets',
  order: 60,
  options: [
    // A search is a few words; fuzzy matching costs time in proportion to its length.
    {
      name: 'query',
      description: 'Words to look for, e.g. event driven',
      required: true,
      maxLength: 300,
      read: 'text',
    },
    person('Only search this person'),
  ],
  positional: ['query'],
  visibility: 'public',
  usage: '<query>',
  examples: ['/search event driven', '/search timezone scheduling'],
  folderExamples: ['/search {skill}', '/search query:{skill2} person:{person2}'],
});
