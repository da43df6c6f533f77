import type { Strings } from '../internal/i18n.js';

export interface MasteryStrings {
  label: string;
  /** `{n}` right in a row out of `{target}`. */
  streakText: string;
  streakGoal: string;
  /** `{percent}` of the way to mastery. */
  bktText: string;
  bktGoal: string;
  mastered: string;
  masteredDetail: string;
  locked: string;
  /** `{done}` problems of `{limit}` today. */
  today: string;
}

export const strings: Strings<MasteryStrings> = {
  en: {
    label: 'Progress on this skill',
    streakText: '{n} of {target} right in a row',
    streakGoal: 'Get {target} right in a row on the first try, without hints.',
    bktText: '{percent}% of the way there',
    bktGoal: 'Keep answering on the first try to show what you know.',
    mastered: 'Skill mastered!',
    masteredDetail: 'You really know this one. Well done.',
    locked: 'That’s all for today — great effort! Come back next time to keep going.',
    today: '{done} of {limit} problems today',
  },
  es: {
    label: 'Progreso en esta habilidad',
    streakText: '{n} de {target} correctas seguidas',
    streakGoal: 'Responde bien {target} seguidas en el primer intento, sin pistas.',
    bktText: 'Llevas el {percent}% del camino',
    bktGoal: 'Sigue respondiendo en el primer intento para mostrar lo que sabes.',
    mastered: '¡Habilidad dominada!',
    masteredDetail: 'De verdad sabes esto. Muy bien hecho.',
    locked: 'Eso es todo por hoy. ¡Gran esfuerzo! Vuelve la próxima vez para seguir.',
    today: '{done} de {limit} problemas hoy',
  },
};
