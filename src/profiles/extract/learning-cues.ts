// withLearningCues: "I'm learning" in the other languages profiles are written in, added to a learning test.
// Letters of these scripts are no \w, so boundaries are lookarounds on letters instead of \b.

// Latin-script cues (pt, es, it, fr, de, nl, pl, tr, id, vi) and Cyrillic ones (ru, uk): whole words.
export const WORD_CUES =
  /(?<!\p{L})(?:estou\saprendendo|aprendiendo|aprendendo|estudando|estudiando|imparando|sto\sstudiando|j['’]apprends|en\sapprentissage|ich\slerne|lerne\sgerade|aan\shet\sleren|uczę\ssię|öğreniyorum|sedang\sbelajar|đang\shọc|изучаю|учу|осваиваю|сейчас\sучу|вивчаю)(?!\p{L})/iu;
// Chinese, Japanese and Korean cues: no spaces between words, so a plain substring.
// Wishes count as not yet: "想学", "打算学" (zh), "使ってみたい", "学びたい" (ja), "붙여보고 싶습니다" (ko, "want to").
export const CJK_CUES =
  /正在学习|学习中|在学习|正在學習|學習中|勉強中|学習中|学んでいる|勉強している|공부\s?중|배우는\s?중|배우고\s?있|想学|想要学|打算学|计划学|希望学|想學|打算學|てみたい|学びたい|勉強したい|挑戦したい|싶습니다|싶어요|싶다/u;

// Every cue above holds one of these pieces, or a Cyrillic, Han or Hangul letter (same flags, so the same
// case folding: "ſtudiando", "ÖĞRENIYORUM"): most lines have none, emoji included, and this plain alternation
// turns them away several times faster than the cue patterns.
const MAY_CUE =
  /aprend|stud|impar|appren|lern|leren|belajar|ucz|ğren|đang|[\u0400-\u04ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/iu;

/** Whether the text says "I'm learning" in one of the languages above. */
export const hasLearningCue = (text: string): boolean =>
  MAY_CUE.test(text) && (WORD_CUES.test(text) || CJK_CUES.test(text));

/** The learning test extended with the cues above (the result keeps `test` cheap: two scans at most). */
export function withLearningCues(english: RegExp): { test: (text: string) => boolean } {
  return {
    test: (text: string) => english.test(text) || hasLearningCue(text),
  };
}
