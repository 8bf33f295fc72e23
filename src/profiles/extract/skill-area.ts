// isSkillArea: whether a heading or label names an area of skills by its own words ("Frontend Development",
// "Databases & Cloud Hosting", "Embedded", "Languages"), so what it lists reads as the author's tools even
// when the vocabulary knows few of them. Every word must be one of an area ("Design Patterns", "System
// Design" and "gitlab-ai-code-review" are not areas).
import { classifySection, headingWords } from '../markdown/section-kinds.js';
import { memoize } from '../model/memoize.js';

// A title of the author's projects or open-source work is no area, whatever other words it has.
const PROJECT_WORDS = /projects?|open[- ]?source|\boss\b|repositor|\brepos\b|projet|proyecto|projeto/i;
const AREA_WORDS = new Set(
  (
    'frontend front backend back end fullstack full stack database databases db dbs cloud hosting devops ' +
    'framework frameworks libraries library languages language lang tools tooling toolchain tech technologies ' +
    'design designing graphic mobile web testing infrastructure infra ops data ml ai editors editor ide ides os ' +
    'platforms runtime runtimes embedded firmware hardware rtos microcontrollers mcu fpga build ci cd monitoring ' +
    'observability security messaging orm cms scripting styling ui ux containers orchestration iac networking ' +
    'game engines desktop apps app servers server deployment automation analytics visualization bi warehouse ' +
    // Words that join or qualify the area words ("Frontend Development", "Cloud & Hosting").
    'and development dev engineering programming software services'
  ).split(' '),
);

/** The text names an area of skills by its own words, not by the kind a heading inherits. */
export const isSkillArea = memoize((text: string): boolean => {
  if (PROJECT_WORDS.test(text)) return false;
  if (classifySection(text) === 'skills') return true;
  const words = headingWords(text);
  return words.length > 0 && words.length <= 4 && words.every((w) => AREA_WORDS.has(w));
});
