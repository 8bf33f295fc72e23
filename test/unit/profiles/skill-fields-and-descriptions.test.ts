// Skills lines as a careful reader takes them: a field named "Machine Learning" is no learning, a skill
// before a dash and a description is that skill, a figure of achievement is no area, each column of an
// area-headed table lists skills, and firmware and ML names the packages lack are known.
import { describe, expect, it } from 'vitest';
import { splitSkillLine } from '../../../src/profiles/extract/split-skill-list.js';
import { findTechMentions } from '../../../src/profiles/extract/tech-mentions.js';
import { isKnownSkill } from '../../../src/profiles/vocabulary/skill-aliases.js';
import { parsed } from './extract-helpers.js';

const profile = parsed('test/fixtures/extract/skill-fields-and-descriptions.md');
const skills = new Map(profile.skills.map((s) => [s.name, s.source]));

describe('a field whose name holds "learning" under a skills heading', () => {
  it.each(['Polars', 'NumPy', 'scikit-learn', 'Optuna', 'Keras'])(
    'lists %s from "Machine Learning & Data Science"',
    (name) => {
      expect(skills.get(name)).toMatch(/^(text|badge)$/);
    },
  );

  it('lists the names of a comma list before a dash note and leaves the note out', () => {
    for (const name of ['Random Forest', 'CatBoost', 'LightGBM']) expect(skills.get(name)).toBe('text');
    expect(skills.has('4-model comparison')).toBe(false);
  });

  it('claims nothing from a "Learning" section', () => {
    expect(skills.has('Stan')).toBe(false);
    expect(skills.has('PyMC')).toBe(false);
  });
});

describe('a skill before a dash or colon and words that describe it', () => {
  it.each(['R', 'SQL', 'PostgreSQL', 'Svelte', 'SvelteKit', 'Docker'])('lists %s', (name) => {
    expect(skills.get(name)).toBe('text');
  });

  it.each([
    'Statistical analysis',
    'data visualization',
    'Window functions',
    'Dashboards for the lab',
    'one container per experiment',
  ])('does not list the description %j', (words) => {
    expect(skills.has(words)).toBe(false);
  });

  it('still reads an area label before a dash as a list of the names after it', () => {
    for (const name of ['FastAPI', 'Celery', 'Redis']) expect(skills.get(name)).toBe('text');
  });
});

describe('a figure of what was achieved', () => {
  it.each([
    '+12% conversion uplift',
    '450-line ingestion job',
    '90% time reduction',
    'Bayesian A/B testing pipeline',
    '120+ features per model',
  ])('is no skill: %j', (words) => {
    expect(skills.has(words)).toBe(false);
  });

  it.each([
    ['8 production projects, 721-line pipeline', []],
    ['5 years: Python, Go', ['Python', 'Go']],
    ['3D: Blender, Unity', ['Blender', 'Unity']],
  ])('reads %j as listing %j', (line, names) => {
    expect(splitSkillLine(line).names).toEqual(names);
  });
});

describe('a table whose header names an area per column', () => {
  it.each(['Rust', 'C', 'Zephyr', 'Buildroot', 'Halo2', 'Plonky2'])('lists %s from its column', (name) => {
    expect(skills.get(name)).toBe('table');
  });
});

describe('capitals where a technology has none', () => {
  it('reads "ARC" among benchmark names as no mention of the Arc language', () => {
    expect(skills.has('Arc')).toBe(false);
    expect(findTechMentions('Scores were reported on MMLU/HellaSwag/ARC.')).toEqual([]);
  });

  it('reads "JAVA" after a cue word or in a list as Java', () => {
    expect(skills.get('Java')).toBe('text');
    expect(findTechMentions('PYTHON, JAVA, SQL')).toEqual(['Python', 'Java', 'SQL']);
  });

  it('reads an alias in capitals ("GCP") as its technology', () => {
    expect(findTechMentions('CI/CD optimization, GCP, and Cloud Run')).toContain('Google Cloud');
  });
});

describe('names the packages lack', () => {
  it.each([
    'FreeRTOS',
    'Zephyr RTOS',
    'Yocto Project',
    'Buildroot',
    'STM32',
    'ESP-IDF',
    'U-Boot',
    'wandb',
    'JAX',
    'LightGBM',
    'CatBoost',
    'LlamaIndex',
    'FAISS',
    'Halo2',
  ])('knows %s', (name) => {
    expect(isKnownSkill(name)).toBe(true);
  });

  it('reads FreeRTOS out of prose as a mention', () => {
    expect(skills.get('FreeRTOS')).toBe('prose');
  });
});
