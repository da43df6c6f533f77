export { type Decision, decide, type SeatCommand, type SeatContext, type SeatRefusal } from './decide.js';
export { drawOrder, seededShuffle } from './draw.js';
export {
  type AssignmentRun,
  evolve,
  INITIAL_SEAT,
  type ProblemState,
  replaySeat,
  type SeatEnvironment,
  type SeatState,
  type StepState,
} from './state.js';
