import type { Strings } from '../internal/i18n.js';

type Kind = 'warm-up' | 'practice' | 'check' | 'exit-ticket' | 'discussion';

export interface SessionPlanStrings {
  label: string;
  noPlan: string;
  kinds: Record<Kind, string>;
  /** What each kind of segment is for, in a tutor's words. */
  purposes: Record<Kind, string>;
  /** `{n}` minutes. */
  minutes: string;
  script: string;
  assignment: string;
  start: string;
  pause: string;
  resume: string;
  next: string;
  finished: string;
  /** `{time}` left in the segment. */
  left: string;
  /** `{time}` past the segment's minutes. */
  over: string;
  /** Live region when a segment starts: `{title}`. */
  nowOn: string;
  sentToSeats: string;
}

export const strings: Strings<SessionPlanStrings> = {
  en: {
    label: 'Session plan',
    noPlan: 'This pack has no session plan.',
    kinds: {
      'warm-up': 'Warm-up',
      practice: 'Practice',
      check: 'Check for understanding',
      'exit-ticket': 'Exit ticket',
      discussion: 'Talk',
    },
    purposes: {
      'warm-up': 'Wake up what students already know, with quick wins, before the new idea.',
      practice: 'Students practise the skill while you help the one who needs you most.',
      check: 'See who has got it: students work alone, you watch and take notes.',
      'exit-ticket': 'One last problem that tells you where to start next time.',
      discussion: 'Talk through the idea together: students explain, you ask.',
    },
    minutes: '{n} min',
    script: 'What to say and do',
    assignment: 'On the students’ screens: {title}',
    start: 'Start the session',
    pause: 'Pause timer',
    resume: 'Resume timer',
    next: 'Next segment',
    finished: 'Session plan done. Well done!',
    left: '{time} left',
    over: '{time} over time',
    nowOn: 'Now: {title}',
    sentToSeats: 'Students’ screens switched to {title}.',
  },
  es: {
    label: 'Plan de la sesión',
    noPlan: 'Este paquete no tiene plan de sesión.',
    kinds: {
      'warm-up': 'Calentamiento',
      practice: 'Práctica',
      check: 'Revisión de comprensión',
      'exit-ticket': 'Boleto de salida',
      discussion: 'Conversación',
    },
    purposes: {
      'warm-up': 'Despertar lo que ya saben, con logros rápidos, antes de la idea nueva.',
      practice: 'Practican la habilidad mientras ayudas a quien más te necesita.',
      check: 'Ver quién ya lo entiende: trabajan solos, tú observas y anotas.',
      'exit-ticket': 'Un último problema que te dice por dónde empezar la próxima vez.',
      discussion: 'Hablar juntos de la idea: ellos explican, tú preguntas.',
    },
    minutes: '{n} min',
    script: 'Qué decir y hacer',
    assignment: 'En las pantallas: {title}',
    start: 'Empezar la sesión',
    pause: 'Pausar el temporizador',
    resume: 'Seguir el temporizador',
    next: 'Siguiente parte',
    finished: 'Plan de la sesión terminado. ¡Muy bien!',
    left: 'quedan {time}',
    over: '{time} de más',
    nowOn: 'Ahora: {title}',
    sentToSeats: 'Las pantallas cambiaron a {title}.',
  },
};
