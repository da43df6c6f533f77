import type { Strings } from '../internal/i18n.js';

export interface FeedbackStrings {
  correct: string;
  correctDetail: string;
  incorrect: string;
  incorrectDetail: string;
  /** Added after a second wrong try: mistakes are normal, hints are there to help. */
  keepGoing: string;
  needsSimplifying: string;
  wrongForm: string;
  unreadable: string;
  unreadableExpression: string;
  emptyText: string;
  emptyChoice: string;
  ungraded: string;
}

export const strings: Strings<FeedbackStrings> = {
  en: {
    correct: 'You got it!',
    correctDetail: 'Nice work.',
    incorrect: 'Not quite yet.',
    incorrectDetail: 'Take another look and try again.',
    keepGoing: 'Mistakes help us learn. A hint can help too.',
    needsSimplifying: 'Right value — can you simplify it?',
    wrongForm: 'Right value! Can you write it the way the problem asks?',
    unreadable: 'I couldn’t read that — try a number like 3/4 or 0.75.',
    unreadableExpression: 'I couldn’t read that — try something like 2x + 6.',
    emptyText: 'Type your answer first, then check it.',
    emptyChoice: 'Choose an answer first, then check it.',
    ungraded: 'Thanks! Your tutor will look at this.',
  },
  es: {
    correct: '¡Lo lograste!',
    correctDetail: 'Buen trabajo.',
    incorrect: 'Todavía no.',
    incorrectDetail: 'Vuelve a mirarlo e inténtalo otra vez.',
    keepGoing: 'Los errores nos ayudan a aprender. Una pista también puede ayudar.',
    needsSimplifying: 'El valor es correcto. ¿Puedes simplificarlo?',
    wrongForm: '¡El valor es correcto! ¿Puedes escribirlo como lo pide el problema?',
    unreadable: 'No pude leer eso. Prueba con un número como 3/4 o 0,75.',
    unreadableExpression: 'No pude leer eso. Prueba con algo como 2x + 6.',
    emptyText: 'Primero escribe tu respuesta y luego revísala.',
    emptyChoice: 'Primero elige una respuesta y luego revísala.',
    ungraded: '¡Gracias! Tu tutor lo va a revisar.',
  },
};
