import type { Strings } from '../internal/i18n.js';

export interface HintLadderStrings {
  heading: string;
  showHint: string;
  /** Button label when a next hint exists and some were shown already. */
  showNextHint: string;
  allShown: string;
  noHints: string;
  confirmBottomOut: string;
  confirm: string;
  cancel: string;
}

export const strings: Strings<HintLadderStrings> = {
  en: {
    heading: 'Hints',
    showHint: 'Show a hint',
    showNextHint: 'Show another hint',
    allShown: 'You have seen all the hints.',
    noHints: 'There are no hints for this one.',
    confirmBottomOut: 'This hint shows the answer. Show it?',
    confirm: 'Yes, show it',
    cancel: 'Not yet',
  },
  es: {
    heading: 'Pistas',
    showHint: 'Ver una pista',
    showNextHint: 'Ver otra pista',
    allShown: 'Ya viste todas las pistas.',
    noHints: 'No hay pistas para este problema.',
    confirmBottomOut: 'Esta pista muestra la respuesta. ¿Quieres verla?',
    confirm: 'Sí, muéstrala',
    cancel: 'Todavía no',
  },
};
