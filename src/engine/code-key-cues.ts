// A fact stated as a field of a bio written as code or JSON (`self.languages_spoken = [...]`,
// `"timezone": "Europe/Paris"`, `learning: ['Rust']`, `$location = 'Kyiv'`): cues for the line that
// opens such a field, by the field's name in snake, camel or kebab case.

/** The owner written before a field (`self.`, `this.`, `me.`, `@`, `$`) and an opening quote. */
const OWNER = String.raw`^[ \t]*(?:(?:self|this|me|my|dev|person)\.|[@$])?["'\x60]?`;
/** After the name: a closing quote, then `:`, `=`, `=>` or `:=`. */
const ASSIGN = String.raw`["'\x60]?[ \t]*(?:=>|:=|[:=])`;

/** A cue for the line that assigns a field named by one of `names` (words joined by `_`, `-`, a capital or nothing). */
export function codeKeyCue(names: readonly string[]): { test: (line: string) => boolean } {
  const words = names.map((n) => n.split(' ').join('[_-]?')).join('|');
  const re = new RegExp(`${OWNER}(?:${words})${ASSIGN}`, 'i');
  return { test: (line: string) => re.test(line.slice(0, 200)) };
}

export const CODE_LOCATION = codeKeyCue([
  'location',
  'current location',
  'based in',
  'lives in',
  'living in',
  'city',
  'country',
  'residence',
  'hometown',
  'ubicacion',
  'localizacao',
]);
export const CODE_LEARNING = codeKeyCue([
  'learning',
  'currently learning',
  'now learning',
  'learning now',
  'self learning',
  'to learn',
  'want to learn',
  'studying',
  'aprendiendo',
  'aprendendo',
]);
export const CODE_SPOKEN = codeKeyCue([
  'languages spoken',
  'spoken languages',
  'spoken',
  'speaks',
  'human languages',
  'natural languages',
  'idiomas',
  'sprachen',
  'langues',
]);
export const CODE_TIMEZONE = codeKeyCue(['timezone', 'time zone', 'tz', 'zona horaria', 'fuseau horaire']);
export const CODE_GOALS = codeKeyCue(['goals', 'goal', 'career goals', 'career goal', 'objectives']);
export const CODE_LOOKING = codeKeyCue([
  'looking for',
  'open to',
  'open for',
  'availability',
  'available for',
  'seeking',
  'open to work',
]);
