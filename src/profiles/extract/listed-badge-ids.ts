// listedBadgeIds: the technologies a badge generator is given as a list in its URL ("…/api/badge?badges=
// Java,Spring,MySQL", "…/api/top?stack=Python,Tensorflow", github-readme-tech-stack's "line1=react,React,
// 61DAFB;go,Go,00ADD8;"): the picture shows those names, so the URL is the claim, as with skillicons' `?i=`.

// Query parameters that carry a comma list of technologies on the widget generators READMEs embed.
const LIST_PARAMS = ['badges', 'skills', 'stack', 'tech', 'techs', 'technologies'];
// github-readme-tech-stack: "lineN" holds "icon,label,colour;" groups.
const TECH_STACK_LINE = /^line\d{1,2}$/;
const MAX_IDS = 80;

/** The ids a widget URL lists, as written (resolve them with technologyFromSlug), or null when it lists none. */
export function listedBadgeIds(url: URL): string[] | null {
  const ids: string[] = [];
  for (const [key, value] of url.searchParams) {
    const name = key.toLowerCase();
    if (TECH_STACK_LINE.test(name)) {
      for (const group of value.split(';')) {
        const [icon = '', label = ''] = group.split(',').map((part) => part.trim());
        // The label is what the card shows; the icon slug stands in when the label is blank.
        const shown = /\p{L}/u.test(label) ? label : icon;
        if (shown) ids.push(shown);
      }
    } else if (LIST_PARAMS.includes(name)) {
      for (const item of value.split(',')) {
        // "Machine-Learning", "Scikit-Learn": the widget writes spaces as dashes in some names.
        const id = item.trim();
        if (id) ids.push(id);
      }
    }
    if (ids.length >= MAX_IDS) break;
  }
  return ids.length > 0 ? ids.slice(0, MAX_IDS) : null;
}
