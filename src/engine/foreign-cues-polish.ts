// POLISH_CUES: the question words of Polish, by what they ask; part of FOREIGN_CUES (foreign-cues.ts).
import type { Cues } from './foreign-cues.js';

const w = (words: string) => words.split('|');

/** Lowercase; several words of a cue are matched as a phrase. Case endings on names of technologies are read by other-script-skills.ts. */
export const POLISH_CUES: Readonly<Record<string, Cues>> = {
  pl: {
    search: w('wyszukaj|poszukaj|szukaj|znajdź|znajdz'),
    contact: w(
      'jak się skontaktować ze|jak się skontaktować z|jak skontaktować się z|skontaktować się z|kontakt do|kontakt z|kontakt|' +
        'e-mail do|email do|mail do|maila do|adres e-mail|telefon do|numer telefonu|numer do',
    ),
    skills: w('jakie umiejętności|umiejętności|jakie technologie|jaki stack|jaki stos|co umie|co potrafi'),
    role: w('czym się zajmuje|czym zajmuje się|co robi zawodowo|co robi|jaki ma zawód|zawód'),
    age: w('ile ma lat|ile lat|wiek'),
    career: w(
      'doświadczenie zawodowe|gdzie wcześniej pracował|gdzie wcześniej pracowała|historia zatrudnienia',
    ),
    study: w(
      'gdzie studiował|gdzie studiowała|gdzie studiuje|co studiował|co studiowała|jaką uczelnię|uczelnia|wykształcenie',
    ),
    work: w('pracował|pracowała|pracuje'),
    where: w('gdzie|skąd'),
    live: w('mieszka'),
    know: w(
      'ma doświadczenie z|ma doświadczenie w|z doświadczeniem w|zna się na|zna się|zna|umie w|umie|ogarnia|potrafi|używa|korzysta z',
    ),
    who: w('czy ktoś|ktoś|kto|kim'),
    filler: w(
      'czy|z|ze|w|na|się|ma|jest|tu|tutaj|proszę|pls|hej|cześć|siema|dzień dobry|może|jakieś|jakiś|ten|ta|pan|pani',
    ),
  },
};
