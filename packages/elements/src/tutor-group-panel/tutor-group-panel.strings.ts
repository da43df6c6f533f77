import type { Strings } from '../internal/i18n.js';

export interface GroupPanelStrings {
  title: string;
  empty: string;
  loading: string;
  /** Live region: `{list}` of names with their first reason. */
  needsNow: string;
  allWorking: string;
  needsYou: string;
  /** `{n}`: position in the "who needs me now" order. */
  rank: string;
  working: string;
  notStarted: string;
  problemDone: string;
  assignmentMastered: string;
  assignmentFinished: string;
  problem: string;
  attempts: string;
  hints: string;
  lastAnswer: string;
  noAnswer: string;
  mistake: string;
  streak: string;
  mastered: string;
  timeOnProblem: string;
  idleFor: string;
  ask: string;
  presenceOnline: string;
  presenceTyping: string;
  presenceIdle: string;
  presenceOffline: string;
  verdictCorrect: string;
  verdictIncorrect: string;
  verdictUnreadable: string;
  verdictNeedsSimplifying: string;
  verdictWrongForm: string;
  verdictUngraded: string;
  reasonDailyLimit: string;
  reasonBottomOut: string;
  reasonRepeatedWrong: string;
  reasonUnreadable: string;
  reasonIdle: string;
  reasonManyHints: string;
  /** `{n}` students, `{names}`, `{mistake}`. */
  alertTitle: string;
  miniLesson: string;
  workedExample: string;
  alsoAsk: string;
  actionsFor: string;
  helped: string;
  accept: string;
  acceptReason: string;
  acceptDefault: string;
  acceptConfirm: string;
  note: string;
  noteText: string;
  noteSave: string;
  reset: string;
  cancel: string;
  /** Confirmation in the live region: `{action}` for `{name}`. */
  done: string;
  failed: string;
  seconds: string;
  minutes: string;
}

export const strings: Strings<GroupPanelStrings> = {
  en: {
    title: 'Your group',
    empty: 'No students yet. Cards appear when students open their seats.',
    loading: 'Loading the group…',
    needsNow: 'Needs you now: {list}',
    allWorking: 'Everyone is working.',
    needsYou: 'Needs you',
    rank: 'Needs you — #{n}',
    working: 'Working',
    notStarted: 'Not started',
    problemDone: 'Problem done',
    assignmentMastered: 'Mastered the skill',
    assignmentFinished: 'Finished the assignment',
    problem: 'Problem',
    attempts: 'Attempts',
    hints: 'Hints used',
    lastAnswer: 'Last answer',
    noAnswer: 'none yet',
    mistake: 'Likely mistake',
    streak: 'Right in a row',
    mastered: 'Mastered',
    timeOnProblem: 'Time on problem',
    idleFor: 'Idle for',
    ask: 'What to ask',
    presenceOnline: 'online',
    presenceTyping: 'typing',
    presenceIdle: 'idle',
    presenceOffline: 'away',
    verdictCorrect: 'right',
    verdictIncorrect: 'not right',
    verdictUnreadable: 'could not be read',
    verdictNeedsSimplifying: 'needs simplifying',
    verdictWrongForm: 'wrong form',
    verdictUngraded: 'waiting for your score',
    reasonDailyLimit: 'Reached today’s limit on “{assignment}” without mastering it',
    reasonBottomOut: 'Used the last hint, which shows the answer',
    reasonRepeatedWrong: '{count} wrong tries; last answer {response}',
    reasonUnreadable: '{count} answers the computer could not read',
    reasonIdle: 'No activity for {time}',
    reasonManyHints: 'Used {count} hints',
    alertTitle: '{n} students make the same mistake: {mistake} ({names})',
    miniLesson: 'Suggested mini-lesson for the group',
    workedExample: 'Worked example: {skill}',
    alsoAsk: 'Ask the group',
    actionsFor: 'Actions for {name}',
    helped: 'Mark helped',
    accept: 'Accept answer…',
    acceptReason: 'Why do you accept the answer?',
    acceptDefault: 'Explained it correctly aloud',
    acceptConfirm: 'Accept answer',
    note: 'Add note…',
    noteText: 'Note about {name}',
    noteSave: 'Save note',
    reset: 'Reset daily limit',
    cancel: 'Cancel',
    done: '{action}: {name}',
    failed: 'Could not save that: {reason}',
    seconds: '{s} s',
    minutes: '{m} min {s} s',
  },
  es: {
    title: 'Tu grupo',
    empty: 'Todavía no hay estudiantes. Las tarjetas aparecen cuando abren su puesto.',
    loading: 'Cargando el grupo…',
    needsNow: 'Te necesita ahora: {list}',
    allWorking: 'Todos están trabajando.',
    needsYou: 'Te necesita',
    rank: 'Te necesita — n.º {n}',
    working: 'Trabajando',
    notStarted: 'Sin empezar',
    problemDone: 'Problema resuelto',
    assignmentMastered: 'Dominó la habilidad',
    assignmentFinished: 'Terminó la tarea',
    problem: 'Problema',
    attempts: 'Intentos',
    hints: 'Pistas usadas',
    lastAnswer: 'Última respuesta',
    noAnswer: 'ninguna todavía',
    mistake: 'Error probable',
    streak: 'Correctas seguidas',
    mastered: 'Dominadas',
    timeOnProblem: 'Tiempo en el problema',
    idleFor: 'Sin actividad desde hace',
    ask: 'Qué preguntar',
    presenceOnline: 'conectado',
    presenceTyping: 'escribiendo',
    presenceIdle: 'inactivo',
    presenceOffline: 'ausente',
    verdictCorrect: 'correcta',
    verdictIncorrect: 'incorrecta',
    verdictUnreadable: 'no se pudo leer',
    verdictNeedsSimplifying: 'falta simplificar',
    verdictWrongForm: 'forma equivocada',
    verdictUngraded: 'espera tu calificación',
    reasonDailyLimit: 'Llegó al límite de hoy en «{assignment}» sin dominarla',
    reasonBottomOut: 'Usó la última pista, que muestra la respuesta',
    reasonRepeatedWrong: '{count} intentos incorrectos; última respuesta {response}',
    reasonUnreadable: '{count} respuestas que la computadora no pudo leer',
    reasonIdle: 'Sin actividad durante {time}',
    reasonManyHints: 'Usó {count} pistas',
    alertTitle: '{n} estudiantes cometen el mismo error: {mistake} ({names})',
    miniLesson: 'Mini-lección sugerida para el grupo',
    workedExample: 'Ejemplo resuelto: {skill}',
    alsoAsk: 'Pregunta al grupo',
    actionsFor: 'Acciones para {name}',
    helped: 'Marcar como ayudado',
    accept: 'Aceptar respuesta…',
    acceptReason: '¿Por qué aceptas la respuesta?',
    acceptDefault: 'Lo explicó bien en voz alta',
    acceptConfirm: 'Aceptar respuesta',
    note: 'Agregar nota…',
    noteText: 'Nota sobre {name}',
    noteSave: 'Guardar nota',
    reset: 'Reiniciar el límite diario',
    cancel: 'Cancelar',
    done: '{action}: {name}',
    failed: 'No se pudo guardar: {reason}',
    seconds: '{s} s',
    minutes: '{m} min {s} s',
  },
};
