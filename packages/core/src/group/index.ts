export { type TutorAction, tutorActionEvents } from './actions.js';
export { type MiniLesson, miniLessonFor, misconceptionTitleFor, tutorMoveFor } from './pack-guide.js';
export {
  type GroupAlert,
  type GroupView,
  type GroupViewOptions,
  groupView,
  type HelpNeed,
  type HelpReason,
  type HelpReasonCode,
  type LastAnswer,
  type LastWrong,
  type LearnerLive,
} from './view.js';
