// discordMessageHtml: one Discord message payload (what renderDiscord returns) → the page fragment that shows it,
// with @skyra/discord-components-core elements for the look and our markdown for the text inside them.
import type { DiscordButton, DiscordEmbed, DiscordMessage } from '../../src/render/discord.js';
import { discordMarkdown, escapeHtml } from './discord-markdown.js';

/** A round avatar drawn inline: the default ones live on Discord's CDN, and the page has no network. */
export const avatar = (fill: string, letters: string) =>
  `data:image/svg+xml;base64,${Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><circle cx="20" cy="20" r="20" fill="${fill}"/>` +
      '<text x="20" y="26" font-family="sans-serif" font-size="15" font-weight="700" fill="#fff" ' +
      `text-anchor="middle">${letters}</text></svg>`,
  ).toString('base64')}`;

const BUTTON_TYPES: Record<DiscordButton['style'], string> = { 1: 'primary', 2: 'secondary', 5: 'secondary' };
const hexColor = (color: number) => `#${color.toString(16).padStart(6, '0')}`;
const attr = (text: string) => escapeHtml(text);

function fieldsHtml(embed: DiscordEmbed): string {
  if (embed.fields.length === 0) return '';
  // Discord lays inline fields out three to a row; the element needs each one's place in its run.
  let run = 0;
  const fields = embed.fields.map((field) => {
    run = field.inline ? (run % 3) + 1 : 0;
    const inline = field.inline ? ` inline inline-index="${run}"` : '';
    const title = discordMarkdown(field.name, { links: false, plain: true });
    return (
      `<discord-embed-field field-title="${attr(title)}"${inline}>` +
      `${discordMarkdown(field.value, { links: true })}</discord-embed-field>`
    );
  });
  return `<discord-embed-fields slot="fields">${fields.join('')}</discord-embed-fields>`;
}

function embedHtml(embed: DiscordEmbed): string {
  const title = discordMarkdown(embed.title, { links: false, plain: true });
  const description = embed.description
    ? `<discord-embed-description slot="description">${discordMarkdown(embed.description, { links: true })}</discord-embed-description>`
    : '';
  // Footers show text as written: no markdown there.
  const footer = embed.footer
    ? `<discord-embed-footer slot="footer">${escapeHtml(embed.footer.text)}</discord-embed-footer>`
    : '';
  return (
    `<discord-embed slot="embeds" color="${hexColor(embed.color)}" embed-title="${attr(title)}">` +
    `${description}${fieldsHtml(embed)}${footer}</discord-embed>`
  );
}

function buttonHtml(button: DiscordButton): string {
  const url = button.url ? ` url="${attr(button.url)}"` : '';
  const disabled = button.disabled ? ' disabled' : '';
  return (
    `<discord-button type="${BUTTON_TYPES[button.style]}"${url}${disabled} data-button>` +
    `${escapeHtml(button.label)}</discord-button>`
  );
}

export function discordMessageHtml(payload: DiscordMessage, options: { query?: string } = {}): string {
  const rows = payload.components.map(
    (row) => `<discord-action-row>${row.components.map(buttonHtml).join('')}</discord-action-row>`,
  );
  const components = rows.length
    ? `<discord-attachments slot="components">${rows.join('')}</discord-attachments>`
    : '';
  const ephemeral = payload.flags !== undefined && (payload.flags & 64) === 64 ? ' ephemeral' : '';
  // A slash command shows as "<user> used /command" above the answer, as in Discord.
  const asked = options.query
    ? `<discord-command slot="reply" author="Sam" avatar="${avatar('#3ba55c', 'S')}" ` +
      `command="${attr(options.query.split(' ')[0] ?? '')}"></discord-command>`
    : '';
  return (
    `<discord-messages><discord-message author="Profile Assistant" bot avatar="${avatar('#5865f2', 'PA')}" ` +
    `timestamp="11/30/2026"${ephemeral}>${asked}${payload.embeds.map(embedHtml).join('')}${components}` +
    '</discord-message></discord-messages>'
  );
}
