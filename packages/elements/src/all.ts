/**
 * Registers every Tutorkit element. `<tutor-session>` is defined first so that it can provide
 * its context to the elements inside it. `<tutor-math-input>` is not registered here: an
 * expression answer loads it (and MathLive) only when one appears.
 */
import './tutor-session/define.js';
import './tutor-problem/define.js';
import './tutor-answer/define.js';
import './tutor-math/define.js';
import './tutor-feedback/define.js';
import './tutor-hint-ladder/define.js';
import './tutor-mastery-check/define.js';
