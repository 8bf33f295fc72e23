// The known-site table: which service a URL belongs to, whether it is a person's page there, and which
// hosts are never contacts (stats cards, badge generators, sponsor buttons, search and map links).
import { memoize } from '../model/memoize.js';
import type { ContactKind } from '../model/profile.js';
import { NETWORK_SITES } from './network-sites.js';
import { PRACTICE_SITES } from './practice-sites.js';

export interface Site {
  kind: ContactKind;
  label: string;
  /** The host (without "www."). */
  host: RegExp;
  /** Path (plus query) of a person's page there; anything else on the host is a post, repo or video. */
  profile: RegExp;
  /** How people name the site in link text or a label ("Twitter", "X", "Stack Overflow"). */
  names: RegExp;
}

const site = (kind: ContactKind, label: string, host: RegExp, profile: RegExp, names: RegExp): Site => ({
  kind,
  label,
  host,
  profile,
  names,
});

// One path segment that is a user name, not a reserved page of the site.
const GITHUB_PROFILE =
  /^\/(?!(?:about|apps|codespaces|collections|contact|customer-stories|enterprise|events|explore|features|issues|join|login|marketplace|new|notifications|orgs|pricing|pulls|readme|search|security|settings|site|sponsors|team|topics|trending|user-attachments)\/?$)[\w-]+\/?$/i;

export const SITES: readonly Site[] = [
  site('github', 'GitHub', /^github\.com$/, GITHUB_PROFILE, /git ?hub/i),
  site('gitlab', 'GitLab', /^gitlab\.com$/, /^\/[\w.-]+\/?$/, /git ?lab/i),
  site('linkedin', 'LinkedIn', /^([\w-]+\.)?linkedin\.com$/, /^\/(in|pub)\/[^/?#]+/, /linked ?in/i),
  site(
    'x',
    'X',
    /^(mobile\.)?(twitter|x)\.com$/,
    /^\/(?!(?:intent|share|home|search|hashtag|i|explore|settings)\/?$)[\w-]{1,20}\/?$/,
    /twitter|^(x|𝕏)(\W|$)|tweet/i,
  ),
  site('bluesky', 'Bluesky', /^bsky\.app$/, /^\/profile\/[^/?#]+\/?$/, /bluesky|bsky/i),
  site(
    'discord',
    'Discord',
    /^(discord\.gg|discord\.com|discordapp\.com)$/,
    /^\/(invite\/|users\/)?[\w-]+\/?$/,
    /discord/i,
  ),
  site('slack', 'Slack', /^[\w-]+\.slack\.com$/, /^\/.+/, /slack/i),
  site(
    'telegram',
    'Telegram',
    /^(t\.me|telegram\.me)$/,
    /^\/(?![\w]*bot\/?$)[\w+]{3,}\/?$/i,
    /telegram|^tg$/i,
  ),
  site(
    'youtube',
    'YouTube',
    /^(m\.)?youtube\.com$/,
    /^\/(@[\w.-]+|c\/[^/?#]+|channel\/[\w-]+|user\/[^/?#]+|(?!(?:watch|results|playlist|shorts|embed|feed|live)\b)[\w-]+)\/?(featured|videos)?\/?$/,
    /you ?tube/i,
  ),
  site(
    'instagram',
    'Instagram',
    /^instagram\.com$/,
    /^\/(?!(?:p|reel|reels|explore|stories)\/)[\w.]+\/?$/,
    /instagram|insta\b/i,
  ),
  site(
    'facebook',
    'Facebook',
    /^(m\.)?(facebook|fb)\.com$/,
    /^\/(profile\.php\?id=\d+|(?!(?:sharer|share|groups|events)\b)[\w.]+\/?$)/,
    /facebook|^fb$/i,
  ),
  site('reddit', 'Reddit', /^(old\.)?reddit\.com$/, /^\/(u|user)\/[\w-]+\/?$/, /reddit/i),
  site('twitch', 'Twitch', /^twitch\.tv$/, /^\/\w+\/?$/, /twitch/i),
  site('devto', 'DEV', /^dev\.to$/, /^\/[\w-]+\/?$/, /dev\.?to|^dev$/i),
  site('medium', 'Medium', /^([\w-]+\.)?medium\.com$/, /^\/(@[\w.-]+(?:\/about)?)?\/?$/, /medium/i),
  site('hashnode', 'Hashnode', /^([\w-]+\.)?hashnode\.(dev|com)$/, /^\/(@[\w.-]+)?\/?$/, /hashnode/i),
  site('substack', 'Substack', /^([\w-]+\.)?substack\.com$/, /^\/(@[\w.-]+)?\/?$/, /substack/i),
  site(
    'stackoverflow',
    'Stack Overflow',
    /^(stackoverflow\.com|[\w-]+\.stackexchange\.com)$/,
    /^\/users\/\d+/,
    /stack ?overflow|stack ?exchange/i,
  ),
  site(
    'kaggle',
    'Kaggle',
    /^kaggle\.com$/,
    /^\/(?!(?:competitions|datasets|code|learn|discussions|models)\b)[\w-]+\/?$/,
    /kaggle/i,
  ),
  site(
    'leetcode',
    'LeetCode',
    /^leetcode\.(com|cn)$/,
    /^\/(u\/)?(?!(?:problems|contest|discuss|explore|studyplan)\b)[\w-]+\/?$/,
    /leet ?code/i,
  ),
  site('codepen', 'CodePen', /^codepen\.io$/, /^\/[\w-]+\/?$/, /code ?pen/i),
  site('other', 'Zenn', /^zenn\.dev$/, /^\/[\w-]+\/?$/, /zenn/i),
  site('other', 'Qiita', /^qiita\.com$/, /^\/[\w-]+\/?$/, /qiita/i),
  site('other', 'Juejin', /^juejin\.(cn|im)$/, /^\/user\/\d+\/?$/, /juejin|掘金/i),
  site('other', 'Zhihu', /^zhihu\.com$/, /^\/people\/[\w-]+\/?$/, /zhihu|知乎/i),
  site('other', 'SegmentFault', /^segmentfault\.com$/, /^\/u\/[\w-]+\/?$/, /segment ?fault|思否/i),
  site('other', 'Weibo', /^(m\.)?weibo\.(com|cn)$/, /^\/(u\/)?\w+\/?$/, /weibo|微博/i),
  site('other', 'Bilibili', /^space\.bilibili\.com$/, /^\/\d+\/?$/, /bilibili|b站|哔哩哔哩/i),
  // A VK page is a person's or their group's ("vk.com/diyworkplace"): either is how to reach them.
  site(
    'other',
    'VK',
    /^(m\.)?vk\.(com|ru)$/,
    /^\/(?!(?:feed|im|search|video|audio|music|friends|groups|apps|settings|login|away\.php)\b)[\w.]+\/?$/,
    /\bvk\b|vkontakte|вконтакте|\bвк\b/i,
  ),
  site('other', 'Habr', /^habr\.com$/, /^\/(?:[a-z]{2}\/)?users\/[\w-]+\/?$/, /habr|хабр/i),
  site('other', 'Douyin', /^douyin\.com$/, /^\/user\/[\w-]+\/?$/, /douyin|抖音/i),
  site(
    'other',
    'Xiaohongshu',
    /^xiaohongshu\.com$/,
    /^\/user\/profile\/\w+\/?$/,
    /xiaohongshu|小红书|rednote/i,
  ),
  // "/@jo/posts", "/@jo/series": the tabs of their page are their page too.
  site('other', 'Velog', /^velog\.io$/, /^\/@[\w-]+(?:\/(?:posts|series|about))?\/?$/, /velog/i),
  site('other', 'Note', /^note\.com$/, /^\/[\w-]+\/?$/, /note\.com/i),
  site('other', 'CSDN', /^blog\.csdn\.net$/, /^\/[\w-]+\/?$/, /csdn/i),
  // Blog hosts: a person's blog is their subdomain's front page, or their page under the host.
  site('other', 'Tistory', /^[\w-]+\.tistory\.com$/, /^\/?$/, /tistory|티스토리/i),
  site('other', 'Blogger', /^[\w-]+\.blogspot\.com$/, /^\/?$/, /blogspot|blogger/i),
  site('other', 'WordPress.com', /^[\w-]+\.wordpress\.com$/, /^\/?$/, /wordpress\.com/i),
  site('other', 'Naver Blog', /^(m\.)?blog\.naver\.com$/, /^\/[\w-]+\/?$/, /naver ?blog|네이버 ?블로그/i),
  site('other', 'cnblogs', /^cnblogs\.com$/, /^\/[\w-]+\/?$/, /cnblogs|博客园/i),
  site('other', 'Jianshu', /^jianshu\.com$/, /^\/u\/\w+\/?$/, /jianshu|简书/i),
  site('other', 'V2EX', /^v2ex\.com$/, /^\/member\/\w+\/?$/, /v2ex/i),
  site('other', 'ResearchGate', /^researchgate\.net$/, /^\/profile\/[^/?#]+\/?$/, /research ?gate/i),
  site('other', 'ORCID', /^orcid\.org$/, /^\/\d{4}-\d{4}-\d{4}-\d{3}[\dX]\/?$/, /orcid/i),
  site('other', 'Google Scholar', /^scholar\.google\.[\w.]+$/, /^\/citations\?(.*&)?user=/, /scholar/i),
  site('other', 'Codeberg', /^codeberg\.org$/, /^\/[\w.-]+\/?$/, /codeberg/i),
  site('other', 'Speaker Deck', /^speakerdeck\.com$/, /^\/[\w-]+\/?$/, /speaker ?deck/i),
  site('other', 'npm', /^npmjs\.com$/, /^\/~[\w.-]+\/?$/, /npm/i),
  site('other', 'AtCoder', /^atcoder\.jp$/, /^\/users\/\w+\/?$/, /atcoder/i),
  site('other', 'Codeforces', /^codeforces\.com$/, /^\/profile\/[\w.-]+\/?$/, /codeforces/i),
  site(
    'other',
    'HackerRank',
    /^hackerrank\.com$/,
    /^\/(profile\/)?(?!(?:challenges|domains|contests)\b)\w+\/?$/,
    /hacker ?rank/i,
  ),
  site('other', 'Behance', /^behance\.net$/, /^\/[\w-]+\/?$/, /behance/i),
  site('other', 'Dribbble', /^dribbble\.com$/, /^\/[\w-]+\/?$/, /dribbble/i),
  site(
    'other',
    'Hugging Face',
    /^huggingface\.co$/,
    /^\/(?!(?:spaces|datasets|models|docs|blog)\b)[\w-]+\/?$/,
    /hugging ?face/i,
  ),
  site('other', 'TikTok', /^tiktok\.com$/, /^\/@[\w.]+\/?$/, /tiktok/i),
  site('other', 'Threads', /^threads\.(net|com)$/, /^\/@[\w.]+\/?$/, /threads/i),
  site('other', 'Matrix', /^matrix\.to$/, /^\/#\/@[\w.=-]+:[\w.-]+$/, /matrix/i),
  site('other', 'Keybase', /^keybase\.io$/, /^\/\w+\/?$/, /keybase/i),
  site('other', 'Linktree', /^linktr\.ee$/, /^\/[\w.]+\/?$/, /linktree/i),
  site('other', 'Credly', /^credly\.com$/, /^\/users\/[\w-]+\/?$/, /credly/i),
  site('other', 'Messenger', /^m\.me$/, /^\/[\w.]+\/?$/, /messenger/i),
  site('other', 'WhatsApp', /^wa\.me$/, /^\/\+?\d{7,15}\/?$/, /whats ?app/i),
  site('other', 'Xing', /^xing\.com$/, /^\/profile\/[\w-]+\/?$/, /xing/i),
  ...NETWORK_SITES,
  ...PRACTICE_SITES,
];

// Hosts repeat within and across profiles (github.com, img.shields.io): remember the answer, boundedly.
const siteOfBare = memoize((bare: string): Site | null => SITES.find((s) => s.host.test(bare)) ?? null, 2000);

export function siteOf(host: string): Site | null {
  return siteOfBare(host.toLowerCase().replace(/^www\./, ''));
}

/** The site a piece of text names ("LinkedIn", "Stack Overflow", "掘金"), for labels and label lines. */
// Any site's name, to skip the table walk for the many texts that name none.
const ANY_NAME = new RegExp(SITES.map((s) => s.names.source).join('|'), 'i');

export function siteNamed(text: string): Site | null {
  const t = text.trim();
  if (!t || t.length > 40 || !ANY_NAME.test(t)) return null;
  return SITES.find((s) => s.names.test(t)) ?? null;
}
