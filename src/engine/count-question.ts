// "how many people know python", "how many profiles are there", "wie viele kennen rust": the answer is
// the usual list, titled with the number first asked for.
import type { Reply } from './reply.js';

const HOW_MANY =
  /^(?:how many|(?:the )?(?:number|count|total|headcount) of|cu[aá]nt[oa]s|quant[oa]s|wie viele|combien|quant[ie])\b/;

/** Whether the (normalised) question asks for a number. */
export const asksHowMany = (question: string): boolean => HOW_MANY.test(question);

/** The reply titled with its count: "How many know Python: 4", "People: 12". */
export function withCount(reply: Reply): Reply {
  if (reply.kind === 'whoknows') {
    const holders = reply.data.matches.filter((m) => m.match === 'lists').length;
    // "how many know shell": those who list one of its kind (Bash) are counted apart, never as holders.
    const kin = reply.data.matches.filter((m) => m.match === 'family').length;
    const more = kin === 0 ? '' : ` (+${kin} listing one of its kind)`;
    return {
      ...reply,
      title: `How many know ${reply.data.skill}: ${holders === 0 ? 'none' : holders}${more}`,
    };
  }
  if (reply.kind === 'people') return { ...reply, title: `${reply.title}: ${reply.data.count}` };
  return reply;
}
