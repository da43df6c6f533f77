/** The join page's words, in English and Spanish: students pick, and the seat follows. */
export const STRINGS = {
  en: {
    title: 'Join your group',
    practice: 'Practice',
    language: 'Español',
    code: 'Join code',
    next: 'Next',
    who: (group: string) => `Group: ${group}. Who are you?`,
    nickname: 'Or a nickname',
    join: 'Join',
    hi: (name: string, group: string) => `Hi ${name}! Group: ${group}`,
    saved: 'All your work is saved and sent to your tutor.',
    offline: (n: number) => `Saved on this device; ${n} answers will be sent when the network is back.`,
    unauthorized: 'Saved on this device. Ask your tutor for the join code to continue sending.',
    sending: (n: number) => `Sending… (${n})`,
  },
  es: {
    title: 'Únete a tu grupo',
    practice: 'Práctica',
    language: 'English',
    code: 'Código del grupo',
    next: 'Siguiente',
    who: (group: string) => `Grupo: ${group}. ¿Quién eres?`,
    nickname: 'O un apodo',
    join: 'Entrar',
    hi: (name: string, group: string) => `¡Hola, ${name}! Grupo: ${group}`,
    saved: 'Todo tu trabajo está guardado y enviado a tu tutor.',
    offline: (n: number) => `Guardado en este dispositivo; ${n} respuestas se enviarán cuando vuelva la red.`,
    unauthorized: 'Guardado en este dispositivo. Pide a tu tutor el código del grupo para seguir enviando.',
    sending: (n: number) => `Enviando… (${n})`,
  },
} as const;

export type Lang = keyof typeof STRINGS;

const LANG_KEY = 'tutorkit.lang';

/** The page's language: the student's last choice, else the browser's (Spanish or English). */
export function currentLang(): Lang {
  const saved = localStorage.getItem(LANG_KEY);
  if (saved === 'en' || saved === 'es') return saved;
  return navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en';
}

export function rememberLang(lang: Lang): void {
  localStorage.setItem(LANG_KEY, lang);
}
