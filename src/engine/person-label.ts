// personLabel: how a person is named in lists, choices and "which one?" buttons ("name — headline").

/** "Rajat Jog — Backend engineer", or the name alone when there is no headline. */
export function personLabel(person: { name: string; headline: string | null }): string {
  return person.headline ? `${person.name} — ${person.headline}` : person.name;
}
