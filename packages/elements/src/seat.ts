/**
 * Registers the elements of a student's seat: `<tutor-session>` (first, so that it can provide
 * its context to the elements inside it) and what it renders. The tutor's console elements are
 * not included; `<tutor-math-input>` is registered by an expression answer when one appears, so
 * MathLive loads only then.
 */
import './tutor-session/define.js';
import './tutor-problem/define.js';
import './tutor-answer/define.js';
import './tutor-math/define.js';
import './tutor-feedback/define.js';
import './tutor-hint-ladder/define.js';
import './tutor-mastery-check/define.js';
