/** Independent solvers for the fractions strand, by template id. */
import { div, mul, rational, show } from './rational.js';
import { num, type Solvers, str } from './types.js';

export const solvers: Solvers = {
  // a/b = ?/(kb): the missing numerator is a/b times kb. a/b = (ka)/?: the denominator is ka ÷ (a/b).
  'g3-equivalent-missing-part': (p) => {
    const value = rational(num(p, 'a'), num(p, 'b'));
    return str(p, 'missing') === 'numerator'
      ? show(mul(value, rational(num(p, 'k') * num(p, 'b'))))
      : show(div(rational(num(p, 'k') * num(p, 'a')), value));
  },
};
