// Topic words: what part of a person's profile a question is after ("rajat's values" → values).
import type { CommandName } from '../../commands/index.js';

/** Words for a kind of answer about a person: "rajat's values" → /section rajat values. */
export const TOPICS: readonly { words: readonly string[]; command: CommandName; section?: string }[] = [
  {
    command: 'skills',
    words: ['skills', 'skill set', 'skillset', 'tech stack', 'stack', 'technologies', 'tools', 'languages'],
  },
  {
    command: 'contact',
    words: [
      'contact',
      'contacts',
      'contact info',
      'contact information',
      'contact details',
      'email',
      'email address',
      'e-mail',
      'links',
      'socials',
      'github',
      'linkedin',
      'twitter',
    ],
  },
  {
    command: 'experience',
    words: [
      'experience',
      'work experience',
      'work history',
      'career',
      'jobs',
      'track record',
      'experience highlights',
    ],
  },
  {
    command: 'profile',
    words: [
      'profile',
      'overview',
      'bio',
      'card',
      'summary',
      'intro',
      'introduction',
      'job title',
      'title',
      'job',
      'current job',
      'role',
      'current role',
      'position',
      'headline',
      'tagline',
      'occupation',
    ],
  },
  {
    command: 'section',
    section: 'spoken languages',
    words: ['spoken languages', 'languages spoken', 'human languages', 'natural languages'],
  },
  {
    command: 'section',
    section: 'current work',
    words: ['current work', 'current projects', 'current project'],
  },
  {
    command: 'section',
    section: 'values',
    words: ['values', 'engineering values', 'principles', 'engineering principles'],
  },
  { command: 'section', section: 'focus', words: ['focus', 'focus areas', 'priorities'] },
  {
    command: 'section',
    section: 'certifications',
    words: ['certifications', 'certification', 'certs', 'certificates', 'credentials'],
  },
  { command: 'section', section: 'projects', words: ['projects', 'side projects', 'open source'] },
  { command: 'section', section: 'education', words: ['education', 'degrees'] },
  { command: 'section', section: 'interests', words: ['interests', 'hobbies'] },
];
