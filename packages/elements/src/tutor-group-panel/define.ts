import '../tutor-math/define.js';
import { TutorGroupPanel } from './tutor-group-panel.js';

if (!customElements.get('tutor-group-panel')) customElements.define('tutor-group-panel', TutorGroupPanel);

declare global {
  interface HTMLElementTagNameMap {
    'tutor-group-panel': TutorGroupPanel;
  }
}

export { TutorGroupPanel };
