// `people`: who is indexed, or narrowed to who works or worked at an employer, is based in a place, or is
// in a group by what they do, or studied at a school (`/people employer:google`, `/people place:berlin`,
// `/people role:mobile`, `/people school:mit`).
import { defineCommand } from './define-command.js';

export const people = defineCommand({
  name: 'people',
  description:
    'List the people here, or who works at a company, lives in a place, studied somewhere or does a job',
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
  ],
  positional: [],
  visibility: 'public',
  usage: '[employer:company] [place:city] [school:name] [role:group]',
  examples: ['/people', '/people employer:google', '/people place:berlin', '/people role:mobile'],
});
