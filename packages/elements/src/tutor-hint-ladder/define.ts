import '../tutor-math/define.js';
import { TutorHintLadder } from './tutor-hint-ladder.js';

if (!customElements.get('tutor-hint-ladder')) customElements.define('tutor-hint-ladder', TutorHintLadder);

declare global {
  interface HTMLElementTagNameMap {
    'tutor-hint-ladder': TutorHintLadder;
  }
}

export { TutorHintRequestEvent } from './tutor-hint-ladder.events.js';
export { TutorHintLadder };
