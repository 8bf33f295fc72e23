// orgBeforeRole: a link whose text holds employer and role ("working at [Acme as IT-Consultant](…)") names
// the employer before " as " (" als ", " como ", " en tant que "), when a role word follows.

const AS_ROLE = /\s(?:as|als|como|en\stant\sque|in\squalità\sdi)\s(?:an?\s|un[ae]?\s|ein(?:e)?\s)?/iu;

/** `isRole` tells a role (the caller's role words; passed in to keep the modules acyclic). */
export function orgBeforeRole(linkText: string, isRole: (text: string) => boolean): string {
  if (linkText.length > 120) return linkText;
  const split = AS_ROLE.exec(linkText);
  if (!split || split.index < 2) return linkText;
  const role = linkText.slice(split.index + split[0].length);
  return isRole(role) ? linkText.slice(0, split.index).trim() : linkText;
}
