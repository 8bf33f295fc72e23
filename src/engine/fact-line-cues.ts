// Cues of the lines that state where someone is based, what they are learning and what they studied
// ("📍 Lisbon", "location: Izmir", "Engineer at Booksy in Warsaw", "🌱 Was ich gerade lerne", "Studies - …").
export const LIVES =
  /\b(?:based (?:in|out of)|(?:live|living|lives|reside|residing|located|settled) in|moved to|relocated to|home is|hometown)\b|📍/iu;
/** "location: Tokat, Turkey", "**Localização:** Recife": a labelled line. */
export const LOCATION_LABEL =
  /^[^\p{L}]{0,4}(?:location|based(?: in)?|city|home ?town|localiza[çc][ãa]o|ubicaci[óo]n|localisation|standort|wohnort)\b[*_]{0,2}\s*[:：]/iu;
/** "Backend engineer from Accra, now in Lisbon": where someone is now, in a subtitle or tagline. */
export const NOW_IN = /\b(?:[Nn]ow|[Cc]urrently) (?:in|based in|living in) \p{Lu}/u;
/** "Frontend engineer at Booksy in Warsaw, Poland": where the job they hold is. */
export const AT_ORG_IN =
  /(?<![^\s(])(?:at |@ ?)\p{Lu}[\p{L}\p{N}&.'-]*(?: \p{Lu}[\p{L}\p{N}&.'-]*){0,3} in \p{Lu}\p{Ll}/u;
/** "I'm a developer from Colombia", a flag emoji: where someone is from, when no line says where they live. */
export const FROM = {
  test: (line: string) => (FIRST_PERSON.test(line) && FROM_PLACE.test(line)) || FLAG.test(line),
};
export const FIRST_PERSON = /\b(?:I['’]m|I am|Im)\b/i;
const FROM_PLACE = /\bfrom \p{Lu}/u;
const FLAG = /[\u{1F1E6}-\u{1F1FF}]{2}/u;
export const LEARNS =
  /🌱|\blearning (?:more )?(?:about|to)\b|\b(?:(?:ich|gerade|derzeit|aktuell) lerne|lerne ich|aprendiendo|aprendendo|j'apprends|en train d'apprendre)\b/iu;
/** "I'm currently studying Computer Science": studying now is learning too, when nothing else says it. */
export const STUDIES_NOW = /\b(?:(?:currently|now) studying|studying (?:right )?now)\b/iu;
/** "🔭 Studies - The Hong Kong Polytechnic University", "Education: …": a labelled line. */
export const STUDIES_LABEL =
  /^[^\p{L}]{0,4}(?:studies|education|university|alma mater|formação|formacion|formación|ausbildung|studium)\s*[-–—:：]/iu;
export const STUDIES =
  /\b(?:student|studying|studied|graduated|graduate of|degree in|bachelor'?s?|master'?s?|ph\.?d|b\.?sc|m\.?sc|b\.?tech|m\.?tech|major(?:ing)? in)\b/iu;
