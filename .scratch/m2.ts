import { findTechMentions } from '../src/profiles/tech-mentions.js';
console.log(findTechMentions(process.argv[2]!));
