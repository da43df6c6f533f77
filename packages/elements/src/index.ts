/**
 * Tutorkit's custom elements, as classes without side effects. Import `@tutorkit/elements/all.js`
 * (or one element's `define.js`) to register the tags.
 *
 * @packageDocumentation
 */

export { installKatexFonts, setKatexFontsBaseUrl } from './internal/katex-fonts.js';
export { renderRichText } from './internal/rich-text.js';
export { type TutorAnswerResponse, TutorAnswerSubmitEvent } from './tutor-answer/tutor-answer.events.js';
export { TutorAnswer, type TutorAnswerKeypad } from './tutor-answer/tutor-answer.js';
export { TutorFeedback } from './tutor-feedback/tutor-feedback.js';
export type { CardForm } from './tutor-group-panel/group-card.js';
export type { GroupStore, Presence } from './tutor-group-panel/group-follow.js';
export { TutorActionEvent } from './tutor-group-panel/tutor-group-panel.events.js';
export { TutorGroupPanel } from './tutor-group-panel/tutor-group-panel.js';
export { TutorHintRequestEvent } from './tutor-hint-ladder/tutor-hint-ladder.events.js';
export { type Hint, TutorHintLadder } from './tutor-hint-ladder/tutor-hint-ladder.js';
export { TutorMasteryCheck } from './tutor-mastery-check/tutor-mastery-check.js';
export { TutorMath } from './tutor-math/tutor-math.js';
export type { MathfieldElementLike } from './tutor-math-input/mathlive.js';
export { TutorMathInput } from './tutor-math-input/tutor-math-input.js';
export { TutorProblem } from './tutor-problem/tutor-problem.js';
export { type SeatContextValue, seatContext } from './tutor-session/seat-context.js';
export type { SeatStore } from './tutor-session/seat-store.js';
export {
  TutorAssignmentEndEvent,
  TutorAttemptEvent,
  TutorCompleteEvent,
  TutorErrorEvent,
  TutorEventsEvent,
  TutorHintEvent,
  TutorMasteryChangeEvent,
} from './tutor-session/tutor-session.events.js';
export { TutorSession } from './tutor-session/tutor-session.js';
export { TutorSegmentChangeEvent } from './tutor-session-plan/tutor-session-plan.events.js';
export { TutorSessionPlan } from './tutor-session-plan/tutor-session-plan.js';
