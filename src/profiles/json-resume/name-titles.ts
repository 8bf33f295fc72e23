// withoutTitles: a JSON Resume name without the academic or courtesy titles written before it.

/** Academic and courtesy titles written before a name ("Ing.", "Dr.", "Mgr.", "Prof. Dr.", "Dipl.-Ing."). */
const NAME_TITLES =
  /^(?:(?:ing|dr|mgr|bc|prof|mudr|judr|phdr|rndr|mvdr|doc|dipl\.-ing|dipl\.-inf|eng|engr|mr|mrs|ms|mx)\.\s*|(?:dr|prof|ing)\s+)+/i;

/** The name without leading titles when a first and last name remain ("Ing. Ondrej Sevcik" → "Ondrej Sevcik"). */
export function withoutTitles(name: string): string {
  const bare = name.replace(NAME_TITLES, '').trim();
  return bare !== name && /^\p{L}[\p{L}'’.-]*\s+\p{L}/u.test(bare) ? bare : name;
}
