export {
  type GroupAlert,
  type GroupView,
  type GroupViewOptions,
  groupView,
  type HelpNeed,
  type HelpReason,
  type HelpReasonCode,
  type LastWrong,
  type LearnerLive,
} from './view.js';
