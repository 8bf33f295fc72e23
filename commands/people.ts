// `people`: who is indexed, or narrowed to who works or worked at an employer, is based in a place, or is
// in a group by what they do, studied at a school, or speaks a language (`/people employer:google`,
// `/people place:berlin`, `/people role:mobile`, `/people school:mit`, `/people language:spanish`).
import { defineCommand } from './define-command.js';

export const people = defineCommand({
  name: 'people',
  description:
    'List people, or who works at a company, lives or studied somewhere, does a job or speaks a language',
  order: 80,
  options: [
    {
      name: 'employer',
      description: 'A company: who works or worked there, e.g. google',
      required: false,
      maxLength: 100,
      read: 'topic',
    },
    {
      name: 'place',
      description: 'A city or country: who is based there, e.g. berlin',
      required: false,
      maxLength: 100,
      read: 'topic',
    },
    {
      name: 'school',
      description: 'A university or school: who studies or studied there',
      required: false,
      maxLength: 100,
      read: 'topic',
    },
    {
      name: 'role',
      description: 'What people do: mobile, frontend, devops, designers, data scientists…',
      required: false,
      maxLength: 100,
      read: 'topic',
    },
    {
      name: 'language',
      description: 'A spoken language: who speaks it, e.g. spanish',
      required: false,
      maxLength: 100,
      read: 'topic',
    },
  ],
  positional: [],
  visibility: 'public',
  usage: '[employer:company] [place:city] [school:name] [role:group] [language:spoken language]',
  examples: [
    '/people',
    '/people employer:google',
    '/people place:berlin',
    '/people role:mobile',
    '/people language:spanish',
  ],
});
