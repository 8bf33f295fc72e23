// Thanks or an "ok" for the last answer before the next question ("thanks! and how do i reach grace",
// "cool, and who knows go?"): no part of the question, and never a search for "thanks".

/** The acknowledgement, its punctuation and a joining "and"/"also"; a fixed word list, so no backtracking. */
const ACK =
  /^(?:thanks|thank you|thanks a lot|thank you so much|thx|ty|tysm|cool|great|nice|perfect|awesome|got it|gotcha|sweet|cheers|ok cool|ok thanks|okay thanks|brilliant|lovely|amazing)(?:[!.,:;]+ ?| )(?:(?:and|also|and also|oh and|one more|another one|next)[,:]? )?/;

/** The question after the acknowledgement; the text itself when nothing would be left. */
export function withoutAcknowledgement(text: string): string {
  const rest = text.replace(ACK, '').trim();
  return rest.length > 0 && rest !== text ? rest : text;
}
