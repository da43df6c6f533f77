import '../tutor-math/define.js';
import { TutorFeedback } from './tutor-feedback.js';

if (!customElements.get('tutor-feedback')) customElements.define('tutor-feedback', TutorFeedback);

declare global {
  interface HTMLElementTagNameMap {
    'tutor-feedback': TutorFeedback;
  }
}

export { TutorFeedback };
