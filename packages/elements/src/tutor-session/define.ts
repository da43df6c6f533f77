import '../tutor-problem/define.js';
import '../tutor-answer/define.js';
import '../tutor-feedback/define.js';
import '../tutor-hint-ladder/define.js';
import '../tutor-mastery-check/define.js';
import { TutorSession } from './tutor-session.js';

if (!customElements.get('tutor-session')) customElements.define('tutor-session', TutorSession);

declare global {
  interface HTMLElementTagNameMap {
    'tutor-session': TutorSession;
  }
}
