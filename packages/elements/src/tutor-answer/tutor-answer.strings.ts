export interface TutorAnswerStrings {
  readonly check: string;
  readonly answer: string;
  readonly emptyType: string;
  readonly emptyChoose: string;
  readonly or: string;
  readonly symbols: string;
  readonly fractionBar: string;
  readonly minus: string;
  readonly space: string;
  readonly openHint: string;
}

export const strings: { readonly en: TutorAnswerStrings; readonly es: TutorAnswerStrings } = {
  en: {
    check: 'Check',
    answer: 'Your answer',
    emptyType: 'Type your answer first, then check.',
    emptyChoose: 'Choose an answer first, then check.',
    or: 'or',
    symbols: 'Math symbols',
    fractionBar: 'Fraction bar',
    minus: 'Minus sign',
    space: 'Space, for mixed numbers like 1 1/2',
    openHint: 'Press Ctrl+Enter to check.',
  },
  es: {
    check: 'Comprobar',
    answer: 'Tu respuesta',
    emptyType: 'Primero escribe tu respuesta y luego comprueba.',
    emptyChoose: 'Primero elige una respuesta y luego comprueba.',
    or: 'o',
    symbols: 'Símbolos matemáticos',
    fractionBar: 'Barra de fracción',
    minus: 'Signo menos',
    space: 'Espacio, para números mixtos como 1 1/2',
    openHint: 'Pulsa Ctrl+Intro para comprobar.',
  },
};
