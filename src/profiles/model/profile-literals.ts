// The closed vocabularies of the Profile model (contact kinds, section kinds, …) without zod, so code that
// only checks a value against them (the parse cache's check of its entries) does not load the schemas.

export const CONTACT_KINDS = [
  'email',
  'website',
  'github',
  'gitlab',
  'linkedin',
  'x',
  'mastodon',
  'bluesky',
  'discord',
  'slack',
  'telegram',
  'phone',
  // Known sites people link as a way to find them (see contact-sites.ts); anything else is 'other'.
  'youtube',
  'instagram',
  'facebook',
  'reddit',
  'twitch',
  'devto',
  'medium',
  'hashnode',
  'substack',
  'stackoverflow',
  'kaggle',
  'leetcode',
  'codepen',
  'wechat',
  'qq',
  'other',
] as const;

export const SECTION_KINDS = [
  'about',
  'skills',
  'contact',
  'experience',
  'projects',
  'focus',
  'values',
  'certifications',
  'education',
  'interests',
  'other',
] as const;

export const SKILL_SOURCES = ['text', 'table', 'badge', 'icon', 'json', 'front-matter', 'prose'] as const;

/** Where the display name came from; 'handle' means no name is stated in the file. */
export const NAME_SOURCES = [
  'front-matter',
  'json-resume',
  'greeting',
  'heading',
  'bold',
  'code',
  'image-alt',
  'prose',
  'handle',
] as const;

/** What a profile id looks like (front matter `id` or the file name, slugged). */
export const PROFILE_ID = /^[a-z0-9][a-z0-9-]*$/;
