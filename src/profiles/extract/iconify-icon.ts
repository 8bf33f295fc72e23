// iconifyIconId: the technology id an Iconify API icon URL names ("api.iconify.design/logos:python.svg").

// Hosts that serve the Iconify API (the public one and its mirrors).
const ICONIFY_HOSTS = new Set(['api.iconify.design', 'api.simplesvg.com', 'api.unisvg.com']);
// Icon sets made of technology logos, and the name prefix a set puts before the technology, if any.
// Other sets (mdi's "email", "account") draw generic symbols, not technologies.
const LOGO_SETS: Record<string, string> = {
  logos: '',
  'skill-icons': '',
  devicon: '',
  'devicon-plain': '',
  'simple-icons': '',
  'vscode-icons': 'file-type-',
  mdi: 'language-',
  'fa-brands': '',
  'fa6-brands': '',
  cib: '',
};
const ICON_PATH = /^\/([a-z\d]+(?:-[a-z\d]+){0,3})[:/]([a-z\d]+(?:-[a-z\d]+){0,5})(?:\.svg)?$/;

/** The icon's name inside a logo set ("nodejs-light", "fastapi-icon"), or null for any other URL or set. */
export function iconifyIconId(host: string, path: string): string | null {
  if (!ICONIFY_HOSTS.has(host) || path.length > 120) return null;
  const m = ICON_PATH.exec(path.toLowerCase());
  if (!m) return null;
  const prefix = LOGO_SETS[m[1]!];
  if (prefix === undefined) return null;
  if (prefix && !m[2]!.startsWith(prefix)) return null;
  return m[2]!.slice(prefix.length) || null;
}
