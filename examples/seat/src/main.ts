import '@tutorkit/elements/seat.js';
import packUrl from '../../packs/fractions-unlike-denominators.pack.json?url';

const params = new URLSearchParams(location.search);
const lang = params.get('lang') === 'es' ? 'es' : 'en';
document.documentElement.lang = lang;

const seat = document.getElementById('seat');
if (seat) {
  // An opaque reference, as a portal would pass it: never a student's name.
  seat.setAttribute('learner', params.get('learner') ?? 'demo-learner-1');
  seat.setAttribute('pack-src', packUrl);
  seat.addEventListener('tutor-error', (event) => console.warn('tutor-error', event));
}
