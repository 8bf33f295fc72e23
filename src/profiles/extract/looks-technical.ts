// looksTechnical and isFigure: what a listed name's shape alone says — technical-looking (ClickHouse, C#,
// K8s) or a figure of what was achieved ("+9.7% model improvement"), which lists no skill.

/** A name that looks technical on its own: inner capitals (ClickHouse, RESTful), acronyms, digits, . + #. */
export function looksTechnical(name: string): boolean {
  // No part of the pattern matches a space, so testing the whole name is testing each word.
  return TECHNICAL.test(name);
}
const TECHNICAL = /[A-Z]{2}|[a-z][A-Z]|\d|[.+#]\w/;

// "+9.7% model improvement", "721-line production pipeline", "8 production projects": a figure of what was
// achieved, not a name or an area of skills ("3D", "5 years" and "Python 3" are no such figure).
const FIGURE =
  /\d\s?%|^[^\p{L}\p{N}]{0,3}\d[\d,.]*(?:[-–]\d[\d,.]*)?\+?[-\s]+(?!years?\b|yrs?\b|ans\b|años\b|anos\b|jahre\b)\p{Ll}/u;
// So are a speed-up ("245× speedup", "10x faster") and a score ("PSNR 66dB+", "CGPA 8.81", "F1 0.92").
const SPEEDUP = /\d ?×|\d[xX] \p{Ll}/u;
const SCORE = /\b(?:[CcSs]?GPA|PSNR|SSIM|BLEU|ROUGE|mAP|AUC|F1|[Aa]ccuracy|[Ll]atency|[Uu]ptime):? ?\d/;
export const isFigure = (text: string): boolean =>
  FIGURE.test(text) || SPEEDUP.test(text) || SCORE.test(text);
