import { TutorProblem } from './tutor-problem.js';

if (!customElements.get('tutor-problem')) customElements.define('tutor-problem', TutorProblem);

declare global {
  interface HTMLElementTagNameMap {
    'tutor-problem': TutorProblem;
  }
}
