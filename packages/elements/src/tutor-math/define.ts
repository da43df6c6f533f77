import { TutorMath } from './tutor-math.js';

if (!customElements.get('tutor-math')) customElements.define('tutor-math', TutorMath);

declare global {
  interface HTMLElementTagNameMap {
    'tutor-math': TutorMath;
  }
}

export { TutorMath };
