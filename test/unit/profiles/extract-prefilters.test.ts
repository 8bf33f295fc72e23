// The cheap checks that skill and name reading run before their costly patterns give the same answers as
// the patterns alone: each check is compared with the unguarded reading it stands in for.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CJK_CUES, hasLearningCue, WORD_CUES } from '../../../src/profiles/extract/learning-cues.js';
import { CUE_WORDS, MAY_CUE } from '../../../src/profiles/extract/listed-after-cue.js';
import { isFigure, looksTechnical } from '../../../src/profiles/extract/looks-technical.js';
import { cleanNameText, MAY_EMOJI } from '../../../src/profiles/extract/name-greetings.js';
import { SCAN_GUARDS } from '../../../src/profiles/extract/prose-experience.js';
import { sentencesOf } from '../../../src/profiles/extract/prose-skill-mentions.js';
import { CREDIT_LINE, isCreditLine } from '../../../src/profiles/extract/skill-claims.js';
import {
  isLearning,
  LEARNING_SENTENCE,
  mayBeLearning,
} from '../../../src/profiles/extract/skill-learning.js';
import { splitSkillLine } from '../../../src/profiles/extract/split-skill-list.js';
import {
  everydayUseReader,
  firstPersonUse,
  MAY_BE_FIRST_PERSON,
  statesEverydayUse,
} from '../../../src/profiles/extract/use-sentence.js';
import { wordCount } from '../../../src/profiles/extract/word-count.js';
import { stripEmoji } from '../../../src/profiles/markdown/clean-heading.js';

/** Strings built from the pieces the patterns care about, so that matches are common. */
function textOf(pieces: readonly string[], maxLength = 12): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength })
    .map((parts) => parts.join(''));
}

describe('learning and credit prefilters', () => {
  const pieces = [
    'learning',
    'Learning',
    'LEARNING',
    'ſtudying',
    'exploring',
    ' ',
    'I’m ',
    'am ',
    'currently ',
    'interested in',
    'interests',
    ':',
    'want to',
    'wanna',
    'would like to',
    'plan to',
    'next up',
    'aprender',
    'apprends',
    'ich lerne',
    'estudiando',
    'изучаю',
    '学习中',
    '🔭 ',
    'Rust',
    ', ',
    '.',
    'made with',
    'built with x template',
    '©',
    'Copyright',
    'last updated',
    'auto-generated',
    'powered by',
    'created using',
    'generated via',
  ];
  it('says a text is about learning exactly when the full pattern or a cue in another language does', () => {
    fc.assert(
      fc.property(textOf(pieces), (text) => {
        expect(isLearning(text)).toBe(LEARNING_SENTENCE.test(text) || hasLearningCue(text));
        // The once-per-line check never turns away a line that is about learning.
        if (isLearning(text)) expect(mayBeLearning(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
  it('says a line is a credit line exactly when the full pattern does', () => {
    fc.assert(
      fc.property(textOf(pieces), (text) => {
        expect(isCreditLine(text)).toBe(CREDIT_LINE.test(text));
      }),
      { numRuns: 3000 },
    );
  });
});

// The splitting as it was before the guards: every replacement always run.
const oldWordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;
function oldClean(part: string): string {
  return part
    .replace(/^(?:and|or|&)\s+/i, '')
    .replace(/\s(?:and|&)\s+(?:more|others|many more|much more)\W*$/i, '')
    .replace(/\setc\W*$/i, '')
    .replace(/(?<![.…])[.…]+$/, '')
    .replace(/^[\s"'“”‘’*_-]+|(?<![\s"'“”‘’*_])[\s"'“”‘’*_]+$/g, '')
    .trim();
}

describe('skill line splitting', () => {
  const pieces = [
    'React',
    'Go',
    ' ',
    '  ',
    '\t',
    '\u00a0',
    ', ',
    ',',
    ';',
    ' / ',
    '/',
    ' | ',
    '•',
    '·',
    ':',
    ': ',
    '(',
    ')',
    '[',
    ']',
    'and more',
    ' and others',
    ' & many more',
    'etc',
    ' etc.',
    '...',
    '…',
    '.',
    '"',
    '“',
    '’',
    '*',
    '_',
    '-',
    'and ',
    'or ',
    '& ',
    'Languages',
    'AWS (ECS, EC2)',
    'E',
    'S',
    'C',
    '2',
    '\u3000',
  ];
  it('counts words as splitting on whitespace does', () => {
    fc.assert(
      fc.property(textOf(pieces), (text) => {
        expect(wordCount(text)).toBe(oldWordCount(text));
      }),
      { numRuns: 3000 },
    );
  });
  it('cleans every listed name as the unguarded replacements do', () => {
    fc.assert(
      fc.property(textOf(pieces), (text) => {
        // A one-name line without label or group is that name, cleaned.
        const line = text.replace(/[,;/•·|:()[\]]/g, ' ');
        const names = splitSkillLine(line).names;
        const expected = oldClean(line.trim());
        const filler = /^(?:and |or )?(?:more|etc|others?|so on|many more|much more|the like)\W*$/i;
        // A figure ("2 and more", "45% …") is no name, a rule of its own.
        expect(names).toEqual(expected && !filler.test(expected) && !isFigure(expected) ? [expected] : []);
      }),
      { numRuns: 3000 },
    );
  });
  it('finds a technical-looking word as testing each word did', () => {
    fc.assert(
      fc.property(textOf(['ab', 'AB', 'aB', ' ', '\t', '.', '+', '#', 'x', '3', 'C#', '.NET']), (text) => {
        const old = text.split(/\s+/).some((w) => /[A-Z]{2}|[a-z][A-Z]|\d|[.+#]\w/.test(w));
        expect(looksTechnical(text)).toBe(old);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('name text cleaning', () => {
  it('lets through every character that stripEmoji removes', () => {
    const missed: string[] = [];
    for (let code = 0; code < 0x110000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      if (stripEmoji(char) !== char && !MAY_EMOJI.test(char)) missed.push(code.toString(16));
    }
    expect(missed).toEqual([]);
  });
  it('cleans as the unguarded steps do', () => {
    const old = (text: string) =>
      stripEmoji(text.slice(0, 300))
        .replace(/:[a-z0-9_+-]{1,30}:/g, ' ')
        .replace(/[*~`]+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '')
        .replace(/\s+/g, ' ')
        .trim();
    const pieces = [
      'Hi',
      ' ',
      '  ',
      '\t',
      'I’m ',
      'Ana',
      ':smile:',
      ':',
      '*',
      '**',
      '_',
      '~',
      '`',
      '👋',
      '🇧🇷',
      '©',
      '\u200d',
      '\ufe0f',
      '•',
      '—',
      'é',
      'ü',
      '我是',
      '.',
      '!',
    ];
    fc.assert(
      fc.property(textOf(pieces, 20), (text) => {
        expect(cleanNameText(text)).toBe(old(text));
      }),
      { numRuns: 3000 },
    );
  });
  it('leaves a sentence of cleaned text as it is unless it has a colon or an emoji', () => {
    const pieces = [
      'Hi',
      ' ',
      'I’m ',
      'Ana',
      ':smile:',
      ':a*b:',
      '*',
      '_',
      '~',
      '`',
      '👋',
      '\ud83d',
      '\ude00',
      '.',
      '! ',
      'x_y',
      '_x',
      '©',
    ];
    fc.assert(
      fc.property(textOf(pieces, 20), (text) => {
        for (const sentence of cleanNameText(text).split(/(?<=[.!?。！？])\s+/u))
          if (!/[:\uD800-\uDFFF]/.test(sentence)) expect(cleanNameText(sentence)).toBe(sentence);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('learning-cue and first-person prefilters', () => {
  const pieces = [
    'estou aprendendo',
    'Estudando',
    'sto studiando',
    'J’apprends',
    'en apprentissage',
    'ich lerne',
    'aan het leren',
    'uczę się',
    'öğreniyorum',
    'sedang belajar',
    'đang học',
    'Изучаю',
    'учу',
    'ᲂсваиваю',
    '学习中',
    '勉強中',
    '배우고 있',
    // Case-folded spellings the cue patterns (flag iu) accept: the cheap check must accept them too.
    'ſtudiando',
    'ÖĞRENIYORUM',
    'ĐANG HỌC',
    'UCZĘ SIĘ',
    'SEDANG BELAJAR',
    'AAN HET LEREN',
    '🔭 ',
    'é',
    'I ',
    'i',
    'We ',
    'we',
    ' use ',
    'mostly ',
    'work ',
    ' with ',
    'write ',
    ' in ',
    'rely on',
    ' ',
    '_',
    "'",
    '-',
    'Go',
  ];
  it('finds a learning cue in another language exactly when the cue patterns alone do', () => {
    fc.assert(
      fc.property(textOf(pieces), (text) => {
        expect(hasLearningCue(text)).toBe(WORD_CUES.test(text) || CJK_CUES.test(text));
      }),
      { numRuns: 3000 },
    );
  });
  it('reads each sentence of a document as statesEverydayUse does, repeated sentences included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('I use Go', 'We work with Rust', 'I used to use PHP', 'Go is fun')),
        (sentences) => {
          const reader = everydayUseReader();
          for (const s of [...sentences, ...sentences]) expect(reader(s)).toBe(statesEverydayUse(s));
        },
      ),
      { numRuns: 300 },
    );
  });
  it('lets every sentence the first-person reader accepts through its cheap check', () => {
    fc.assert(
      fc.property(textOf(pieces), (text) => {
        if (firstPersonUse(text)) expect(MAY_BE_FIRST_PERSON.test(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('prose sentence splitting', () => {
  it('splits a prose line into the sentences that splitting on every sentence end gives', () => {
    const pieces = [
      'Rust',
      ' ',
      '  ',
      '\t',
      '\n',
      '.',
      '!',
      '?',
      '。',
      '！',
      '？',
      '...',
      'e.g.',
      'v1.2',
      'I use Go',
    ];
    fc.assert(
      fc.property(textOf(pieces, 16), (text) => {
        expect(sentencesOf(text)).toEqual(text.split(/(?<=[.!?。！？])\s+/));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('job statement scan guards', () => {
  const pieces = [
    'ex-',
    'Ex-',
    'EX ',
    'ex ',
    'former ',
    'Former-',
    'FORMER ',
    '@',
    '@acme',
    ' @Vercel',
    'joined ',
    'JOINED the ',
    'Joined',
    'Google',
    'Meta',
    ' Staff Engineer',
    'developer',
    ' ',
    ',',
    ')',
    'x',
    'e',
  ];
  it('lets through every line in which the scan beside each check finds a match', () => {
    expect(SCAN_GUARDS.size).toBe(4);
    for (const [pattern, guard] of SCAN_GUARDS) {
      fc.assert(
        fc.property(textOf(pieces, 14), (text) => {
          if ([...text.matchAll(pattern)].length > 0) expect(guard(text)).toBe(true);
        }),
        { numRuns: 2000 },
      );
    }
  });
});

describe('made-or-worked-at prefilter', () => {
  it('lets through every word a making or employment cue can end on, in any case', () => {
    for (const word of CUE_WORDS) {
      expect(MAY_CUE.test(word)).toBe(true);
      expect(MAY_CUE.test(word.toUpperCase())).toBe(true);
    }
  });
});
