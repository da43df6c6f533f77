export const strings = {
  en: { answer: 'Your answer', breakDown: 'Break this problem into steps', steps: 'Steps', step: 'Step' },
  es: { answer: 'Tu respuesta', breakDown: 'Divide este problema en pasos', steps: 'Pasos', step: 'Paso' },
} as const;
