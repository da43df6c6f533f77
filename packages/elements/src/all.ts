/**
 * Registers every Tutorkit element: the student's seat (see `seat.ts`) and the tutor's console.
 * `<tutor-math-input>` is not registered here: an expression answer loads it (and MathLive) only
 * when one appears.
 */
import './seat.js';
import './tutor-group-panel/define.js';
import './tutor-session-plan/define.js';
