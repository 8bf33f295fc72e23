// myChannelLink: "my tg [频道](https://t.me/…)", "my [channel](…)", "我的 [Telegram](…)": a link to a social
// or messaging site that the text calls the person's own channel, account or page there.
import { siteNamed } from './contact-sites.js';

// A possessive at the end of the text before the link, then at most one word (the site's name: "tg").
const MY_TAIL =
  /(?:(?<!\p{L})(?:my|mi|mis|meu|minha|mon|ma|mein|meine|мой|мою|моя|мои|моего|моём|моем|моей|моих|моим)|我的|私の|僕の|俺の|내)\s{0,2}(\p{L}{1,12})?\s{0,2}$/iu;
// What the link text may say: the kind of page, not a person's or project's name.
const CHANNEL_WORD =
  /^(?:channel|channels|account|profile|page|group|server|community|频道|頻道|群|群组|账号|帳號|主页|チャンネル|アカウント|채널|канал|группа|canal|cuenta|perfil|conta|kanal|chaîne|compte)$/iu;

// A channel word in any case form ("с моего канала", "on my channels"): what follows is the channel's name.
const CHANNEL_BETWEEN = /^(?:channels?|канал\p{L}{0,2}|canal(?:es)?|kanal\p{L}{0,2}|chaînes?)$/iu;
// "my channels [A](…) and [B](…)": the second of two channels named after one "my channel".
const MY_CHANNELS_AND =
  /(?:(?<!\p{L})(?:my|mi|mis|meu|mon|mes|mein|meine|мой|моего|моих|моём|моем)\s{1,2}(?:channels?|канал\p{L}{0,2}|canal(?:es)?|kanal\p{L}{0,2}|chaînes?)\s[^.!?\n]{1,40}\s(?:and|и|y|e|et|und|&))\s{0,2}$/iu;

/** True when `tail` ends "my [site name]" and `words` (the link text) is the site's name or a page word. */
export function myChannelLink(tail: string, words: string, siteLabel: string): boolean {
  const mine = MY_TAIL.exec(tail.slice(-30));
  if (!mine) return MY_CHANNELS_AND.test(tail.slice(-80));
  const between = mine[1];
  if (between && CHANNEL_BETWEEN.test(between)) return true;
  if (between && siteNamed(between)?.label !== siteLabel && !/^tg$/i.test(between)) return false;
  const text = words.trim();
  return text === '' || CHANNEL_WORD.test(text) || siteNamed(text)?.label === siteLabel;
}
