/**
 * The demo group: four learners with opaque references. Names live only here, in the tutor's
 * roster and the student's chooser; every event carries the reference, never the name.
 */
import packUrl from '../../packs/fractions-unlike-denominators.pack.json?url';

export const GROUP = 'demo-group';
export const PACK_URL = packUrl;
export const FIRST_ASSIGNMENT = 'add-unlike-builder';

export const ROSTER: Readonly<Record<string, string>> = {
  'learner-1': 'Ana',
  'learner-2': 'Ben',
  'learner-3': 'Cy',
  'learner-4': 'Dee',
};

/** A number from the query string, e.g. `?idle=5000`, or `fallback`. */
export function numberParam(name: string, fallback: number): number {
  const value = Number(new URLSearchParams(location.search).get(name));
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

export function langParam(): 'en' | 'es' {
  return new URLSearchParams(location.search).get('lang') === 'es' ? 'es' : 'en';
}
