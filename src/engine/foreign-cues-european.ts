// EUROPEAN_CUES: the question words of Spanish, Portuguese, German, French and Italian, by what they
// ask; part of FOREIGN_CUES (foreign-cues.ts), in its order.
import type { Cues } from './foreign-cues.js';

const w = (words: string) => words.split('|');

/** Lowercase; several words of a cue are matched as a phrase. */
export const EUROPEAN_CUES: Readonly<Record<string, Cues>> = {
  es: {
    search: w('búscame|busca|buscar|encuentra'),
    contact: w(
      'cómo contacto a|como contacto a|cómo contactar a|como contactar a|contactar|contacto de|correo de|correo|email de|' +
        'portafolio de|portafolio|sitio web de|sitio web|página web de|pagina web de|teléfono de|telefono de|teléfono',
    ),
    skills: w('qué sabe hacer|que sabe hacer|habilidades|conocimientos'),
    role: w('a qué se dedica|a que se dedica|qué hace|que hace'),
    age: w('cuántos años tiene|cuantos años tiene|qué edad tiene|que edad tiene|edad'),
    career: w('experiencia laboral|experiencia profesional|experiencia|primer trabajo|primer empleo|empresa'),
    work: w('ha trabajado|trabaja|trabajó|trabajo'),
    where: w('de dónde es|de donde es|dónde|donde'),
    live: w('vive'),
    know: w('sabe de|sabe|sepa|maneja|maneje|conoce|conozca|domina|domine'),
    who: w('necesito a alguien que|alguien que|quién|quien|alguien'),
    filler: w(
      'a|el|la|de|es|fue|que|antes|anteriormente|en qué|en que|por favor|aquí|aqui|cuál|cual|hola|buenas|buenos días|buenos dias|buenas tardes',
    ),
  },
  pt: {
    search: w('pesquisar|pesquisa|procura|procurar|busca'),
    contact: w(
      'como eu falo com|como falo com|como falar com|contato do|contato da|contato|email do|email da|' +
        'portfólio do|portfólio da|portfólio|site do|site da|telefone do|telefone da|telefone',
    ),
    skills: w('sabe fazer|habilidades|competências'),
    role: w(
      'trabalha com o quê|trabalha com o que|trabalha com que|o que faz|qual é o trabalho do|qual é o trabalho da|trabalho do|trabalho da|profissão|faz',
    ),
    career: w('experiência profissional|experiência|primeiro emprego|primeiro trabalho|empresa'),
    work: w('trabalhou|trabalha'),
    where: w('de onde é|onde'),
    live: w('mora'),
    know: w('manja de|manja|conhece|sabe'),
    age: w('quantos anos tem|qual a idade do|qual a idade da|qual a idade de|idade'),
    who: w('quem|alguém|alguem'),
    filler: w(
      'o que|o|a|do|da|de|é|qual|aqui|que|antes|anteriormente|em que|olá|oi|bom dia|boa tarde|boa noite',
    ),
  },
  de: {
    search: w('suche nach|such mal nach|such mal|suche|such'),
    contact: w(
      'kontaktieren|kontakt von|kontakt|e-mail von|e-mail|erreiche ich|erreichen|telefonnummer von|telefonnummer',
    ),
    skills: w('welche skills hat|welche skills|was kann|fähigkeiten'),
    role: w('was macht'),
    age: w('wie alt ist|wie alt'),
    career: w('werdegang|berufserfahrung|arbeitgeber|firma'),
    work: w('gearbeitet|arbeitet'),
    where: w('woher kommt|wo'),
    live: w('wohnt|lebt'),
    know: w('kennt sich mit|kennt sich in|kennt|kann|erfahrung mit|beherrscht'),
    who: w('hat jemand|wer|jemand'),
    filler: w(
      'wie|ich|hat|aus|mal|beruflich|von|der|die|das|vorher|früher|davor|zuvor|bisher|bei welcher|für welche|bitte|hier|hallo|moin|servus|guten tag',
    ),
  },
  fr: {
    search: w('recherche|cherche'),
    contact: w(
      "comment contacter|comment joindre|contacter|joindre|l'email de|email de|le mail de|contact de|téléphone de|numéro de",
    ),
    skills: w('sait faire|compétences'),
    age: w('quel âge a|quel age a|quel âge|âge de'),
    role: w("c'est quoi le métier de|quel est le métier de|le métier de|métier|que fait"),
    career: w('parcours|expérience professionnelle|expérience|entreprise'),
    work: w('a travaillé|travaille'),
    where: w("d'où vient|d'où|où"),
    live: w('habite|vit'),
    know: w("s'y connaît en|s'y connait en|connaît|connait|maîtrise|maitrise"),
    who: w("quelqu'un|qqn|qqun|qui"),
    filler: w(
      "est-ce que|qu'est-ce que|le|la|les|de|du|avant|auparavant|dans quelle|quelle|ici|c'est quoi|bonjour|salut|coucou",
    ),
  },
  it: {
    search: w('cercami|cerca'),
    contact: w('come contatto|come contattare|contatto di|contatti di|email di|telefono di|numero di'),
    skills: w('cosa sa fare|sa fare|competenze'),
    role: w('che lavoro fa|cosa fa'),
    age: w('quanti anni ha|età di|età'),
    career: w('esperienza'),
    work: w('ha lavorato|lavora'),
    where: w("di dov'è|di dove è|dove"),
    live: w('vive|abita'),
    know: w('esperto di|esperta di|sa usare|conosce'),
    who: w("c'è qualcuno|qualcuno|chi"),
    filler: w('il|lo|la|di|è|qui|ciao|salve|buongiorno'),
  },
};
