// isLearning: whether a line or sentence speaks of learning or interest ("Currently learning Rust",
// "Interested in: Go", "Изучаю: Go"), whose technologies the author does not (yet) claim as skills.
import { hasLearningCue } from './learning-cues.js';

/**
 * A sentence about learning or interest ("Machine learning: PyTorch" is a field, not a learning label), or an
 * unchecked task ("[ ] Move the bots to Docker"): not yet done.
 */
export const LEARNING_SENTENCE =
  /^\s{0,4}\[ \]\s|^[^\p{L}]{0,4}(?:learning|exploring|studying)\b|\b(?:(?:am|i'm|i’m|currently|now|still|also|been|started|start|keep|actively)\s+learning|looking for (?:some )?help|need(?:s|ing)? help|learning next|to learn|interested in|want to|wanna|would like to|i['’]d like to|i['’]d love to|would love to|planning to|plan to|next up|aprendiendo|aprender|apprends|apprendre|ich lerne|lerne gerade|aprendendo|estudando|estudiando)\b|(?<!(?:machine|deep|reinforcement|transfer|statistical|federated)[\s-])\b(?:learning|interests?)\s*:/iu;
// Every alternative of LEARNING_SENTENCE contains one of these words: most text has none, and this plain
// alternation turns it away several times faster than the full pattern (same flags, same case folding).
export const LEARNING_WORD =
  /\[ \]|learn|explor|stud|interest|want|wanna|like to|plan|next up|help|aprend|apprend|lerne|level|skilling|improving/iu;
// "Leveling up: Ruby, RSpec", "Upskilling in Go", "Improving: Testing": still getting there.
const LEVELING_UP = /\b(?:level?ling up|skilling up|upskilling|improving ?:)/i;
export const isLearning = (text: string): boolean =>
  (LEARNING_WORD.test(text) && (LEARNING_SENTENCE.test(text) || LEVELING_UP.test(text))) ||
  hasLearningCue(text);
/** Whether some sentence of the line may be a learning one: the cheap test to run once per line. */
export const mayBeLearning = (line: string): boolean => LEARNING_WORD.test(line) || hasLearningCue(line);

// A label alone on its line over what comes next ("**Exploring**", "Next up:", "On my radar"): what it labels
// is not yet the author's.
const LEARNING_LABEL =
  /^[^\p{L}]{0,6}(?:(?:currently |now )?(?:learning|exploring|studying|improving|(?:leveling|levelling) up|upskilling)|next up|up next|to learn|wish ?list|on my radar|planned|coming soon|aprendiendo|aprendendo|explorando|en apprentissage|lerne ich|изучаю|в планах)[^\p{L}]{0,6}$/iu;
export const isLearningLabel = (text: string): boolean => text.length <= 60 && LEARNING_LABEL.test(text);
