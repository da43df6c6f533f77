import { TutorMathInput } from './tutor-math-input.js';

if (!customElements.get('tutor-math-input')) customElements.define('tutor-math-input', TutorMathInput);

declare global {
  interface HTMLElementTagNameMap {
    'tutor-math-input': TutorMathInput;
  }
}

export { configureMathLive, type MathLiveOptions } from './mathlive.js';
export { TutorMathInput };
