import '../tutor-math/define.js';
import { TutorSessionPlan } from './tutor-session-plan.js';

if (!customElements.get('tutor-session-plan')) customElements.define('tutor-session-plan', TutorSessionPlan);

declare global {
  interface HTMLElementTagNameMap {
    'tutor-session-plan': TutorSessionPlan;
  }
}

export { TutorSessionPlan };
