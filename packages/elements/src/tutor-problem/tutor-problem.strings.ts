import type { Strings } from '../internal/i18n.js';

export const strings: Strings<Record<'answer' | 'breakDown' | 'steps' | 'step', string>> = {
  en: { answer: 'Your answer', breakDown: 'Break this problem into steps', steps: 'Steps', step: 'Step' },
  es: { answer: 'Tu respuesta', breakDown: 'Divide este problema en pasos', steps: 'Pasos', step: 'Paso' },
};
