import { TutorMasteryCheck } from './tutor-mastery-check.js';

if (!customElements.get('tutor-mastery-check')) customElements.define('tutor-mastery-check', TutorMasteryCheck);

declare global {
  interface HTMLElementTagNameMap {
    'tutor-mastery-check': TutorMasteryCheck;
  }
}

export { TutorMasteryCheck };
