// Thanks or an "ok" for the last answer before the next question ("thanks! and how do i reach grace",
// "cool, and who knows go?"): no part of the question, and never a search for "thanks".

/** Words that thank or acknowledge, before a next question or alone (plain words: no pattern characters). */
const THANKS =
  'thanks|thank you|thanks a lot|thank you so much|thx|ty|tysm|cool|great|nice|perfect|awesome|got it|gotcha|sweet|cheers|ok cool|ok thanks|okay thanks|brilliant|lovely|amazing';

/** The acknowledgement, its punctuation and a joining "and"/"also"; a fixed word list, so no backtracking. */
const ACK = new RegExp(
  `^(?:${THANKS})(?:[!.,:;]+ ?| )(?:(?:and|also|and also|oh and|one more|another one|next)[,:]? )?`,
);

/** Whole replies that only acknowledge the last answer ("ok cool. makes sense", "got it, thanks"). */
const ACK_ONLY = new Set(
  `${THANKS}|nice one|ok|okay|makes sense|that makes sense|sounds good|will do|no worries|np|lol|haha|good bot|that helps|thanks that helps|understood|noted|great thanks|cool thanks|nice thanks|all good|fair enough|ah ok|ah okay|i see|oh ok|oh okay|alright|all right|k|kk|merci|danke|gracias|obrigado|obrigada|grazie|спасибо|ありがとう|谢谢|감사합니다`.split(
    '|',
  ),
);

/** Whether the whole line only thanks or acknowledges (each sentence one of ACK_ONLY): nothing to answer. */
export function onlyAcknowledges(text: string): boolean {
  // Split on sentence punctuation (a fixed class, linear), then look each piece up whole.
  const pieces = text
    .split(/[!.,:;?！。、]+/)
    .map((piece) => piece.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  return pieces.length > 0 && pieces.length <= 6 && pieces.every((piece) => ACK_ONLY.has(piece));
}

/** The question after the acknowledgement; '' when the line only acknowledges; else the text itself. */
export function withoutAcknowledgement(text: string): string {
  if (onlyAcknowledges(text)) return '';
  const rest = text.replace(ACK, '').trim();
  return rest.length > 0 && rest !== text ? rest : text;
}
