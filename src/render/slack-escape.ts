// Escapes profile and user text for Slack mrkdwn: nothing can become <!channel>, <@U…> or a disguised link.

export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A link we build ourselves, with an escaped label; only http(s) and mailto targets become links. */
export function slackLink(label: string, url: string): string {
  if (!/^(https?:|mailto:)/i.test(url) || /[<>|\s]/.test(url))
    return `${escapeSlack(label)}: ${escapeSlack(url)}`;
  return `<${url}|${escapeSlack(label).replace(/\|/g, '¦')}>`;
}

/** For plain_text (headers, buttons), where entities are not decoded: look-alike angle brackets instead. */
export function plainSlack(text: string): string {
  return text.replace(/</g, '‹').replace(/>/g, '›');
}
