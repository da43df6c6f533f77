import '../tutor-math/define.js';
import { TutorAnswer } from './tutor-answer.js';

if (!customElements.get('tutor-answer')) customElements.define('tutor-answer', TutorAnswer);

declare global {
  interface HTMLElementTagNameMap {
    'tutor-answer': TutorAnswer;
  }
}

export { type TutorAnswerResponse, TutorAnswerSubmitEvent } from './tutor-answer.events.js';
export { TutorAnswer };
