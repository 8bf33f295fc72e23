// isCommunityMention: a chat product named as the place a community meets ("Join our Slack", "a contributor
// in the Zulip community", "Discord server"): where people talk, not a tool the author claims.

// Team chat products; Discord, Telegram and Matrix are contact platforms already, never skills.
const CHAT = new Set(['Slack', 'Zulip', 'Gitter', 'Mattermost', 'Rocket.Chat']);
// Words that make a sentence about a community or a place to join, in the languages profiles use.
const COMMUNITY_CUE =
  /\b(?:communit(?:y|ies)|join(?:ed|ing)?|server|workspace|channels?|members|comunidad|comunidade|communaut[ée]|únete|junte-se|rejoignez|gemeinschaft)\b/i;

/** `name` is a chat product and the sentence speaks of a community or of joining it. */
export const isCommunityMention = (sentence: string, name: string): boolean =>
  CHAT.has(name) && COMMUNITY_CUE.test(sentence);
