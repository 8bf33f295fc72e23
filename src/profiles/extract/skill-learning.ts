// isLearning: whether a line or sentence speaks of learning or interest ("Currently learning Rust",
// "Interested in: Go", "Изучаю: Go"), whose technologies the author does not (yet) claim as skills.
import { hasLearningCue } from './learning-cues.js';

/** A sentence about learning or interest ("Machine learning: PyTorch" is a field, not a learning label). */
export const LEARNING_SENTENCE =
  /^[^\p{L}]{0,4}(?:learning|exploring|studying)\b|\b(?:(?:am|i'm|i’m|currently|now|still|also|been|started|start|keep|actively)\s+learning|learning next|to learn|interested in|want to|wanna|would like to|i['’]d like to|i['’]d love to|would love to|planning to|plan to|next up|aprendiendo|aprender|apprends|apprendre|ich lerne|lerne gerade|aprendendo|estudando|estudiando)\b|(?<!(?:machine|deep|reinforcement|transfer|statistical|federated)[\s-])\b(?:learning|interests?)\s*:/iu;
// Every alternative of LEARNING_SENTENCE contains one of these words: most text has none, and this plain
// alternation turns it away several times faster than the full pattern (same flags, same case folding).
export const LEARNING_WORD =
  /learn|explor|stud|interest|want|wanna|like to|plan|next up|aprend|apprend|lerne/iu;
export const isLearning = (text: string): boolean =>
  (LEARNING_WORD.test(text) && LEARNING_SENTENCE.test(text)) || hasLearningCue(text);
/** Whether some sentence of the line may be a learning one: the cheap test to run once per line. */
export const mayBeLearning = (line: string): boolean => LEARNING_WORD.test(line) || hasLearningCue(line);
