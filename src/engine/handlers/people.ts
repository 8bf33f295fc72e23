// `people`: who this assistant knows about (listed people only), with headlines.
import { personLabel } from '../person-label.js';
import { replyDefaults, shortName } from '../reply-parts.js';
import type { Handler } from './handler.js';

export const people: Handler = ({ index }) => {
  const listed = index.all().filter((p) => p.listed);
  return {
    ...replyDefaults(),
    kind: 'people',
    title: 'People',
    description:
      listed.length === 0
        ? 'No one is listed yet: add profile files (GitHub profile README markdown or JSON Resume) to the profiles folder.'
        : `${listed.length} ${listed.length === 1 ? 'person' : 'people'} to ask about.`,
    blocks: listed.length === 0 ? [] : [{ type: 'list', items: listed.map(personLabel) }],
    suggestions: listed.slice(0, 3).map((p) => `/profile ${shortName(index, p)}`),
    data: { count: listed.length },
  };
};
