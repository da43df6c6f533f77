import type { Strings } from '../internal/i18n.js';

type SessionStrings = Record<
  'loading' | 'packFailed' | 'storageFailed' | 'next' | 'mastered' | 'finished' | 'dailyLimit',
  string
>;

export const strings: Strings<SessionStrings> = {
  en: {
    loading: 'Getting your problems ready…',
    packFailed: 'The problems could not be loaded. Ask your tutor for help.',
    storageFailed: 'This device cannot save your work right now. Ask your tutor for help.',
    next: 'Next problem',
    mastered: 'You mastered this skill! Great work.',
    finished: 'You finished every problem. Nice job!',
    dailyLimit: 'That is enough of this skill for today. Come back tomorrow, or ask your tutor.',
  },
  es: {
    loading: 'Preparando tus problemas…',
    packFailed: 'No se pudieron cargar los problemas. Pide ayuda a tu tutor.',
    storageFailed: 'Este dispositivo no puede guardar tu trabajo ahora. Pide ayuda a tu tutor.',
    next: 'Siguiente problema',
    mastered: '¡Dominaste esta habilidad! Muy buen trabajo.',
    finished: 'Terminaste todos los problemas. ¡Bien hecho!',
    dailyLimit: 'Por hoy es suficiente con esta habilidad. Vuelve mañana o pregunta a tu tutor.',
  },
};
