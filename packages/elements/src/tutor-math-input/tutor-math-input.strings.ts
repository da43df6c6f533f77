export interface TutorMathInputStrings {
  readonly answer: string;
  readonly loading: string;
  readonly empty: string;
}

export const strings: { readonly en: TutorMathInputStrings; readonly es: TutorMathInputStrings } = {
  en: { answer: 'Your answer', loading: 'Loading the math keyboard…', empty: 'Type your answer first.' },
  es: { answer: 'Tu respuesta', loading: 'Cargando el teclado matemático…', empty: 'Primero escribe tu respuesta.' },
};
