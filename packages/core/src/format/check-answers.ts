/** Checks that answers are well formed and that no common wrong answer would be accepted. */
import { readNumber, sameNumber } from '../answers/numeric-read.js';
import { describeValue, type IssueList } from './issues.js';
import type { AnswerSpec, NumericAnswer, WrongAnswer } from './schema.js';

function gcd(a: number, b: number): number {
  return b === 0 ? Math.abs(a) : gcd(b, a % b);
}

/** `2/4`, `1 2/4` and `1 5/4` are not in simplest form; integers and decimals always are. */
function isSimplest(text: string): boolean {
  const fraction = /(?:(\d+)\s+)?(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!fraction) return true;
  const [, whole, numerator, denominator] = fraction;
  if (whole !== undefined && Number(numerator) >= Number(denominator)) return false;
  return gcd(Number(numerator), Number(denominator)) === 1;
}

function withinTolerance(answer: NumericAnswer, correct: number, candidate: number): boolean {
  if (sameNumber(correct, candidate)) return true;
  const { absolute = 0, relative = 0 } = answer.tolerance ?? {};
  const gap = Math.abs(correct - candidate);
  return gap <= absolute || gap <= relative * Math.abs(correct);
}

function normalizeText(text: string, caseSensitive: boolean): string {
  const collapsed = text.trim().replace(/\s+/g, ' ');
  return caseSensitive ? collapsed : collapsed.toLocaleLowerCase();
}

function checkNumeric(answer: NumericAnswer, wrong: readonly WrongAnswer[], at: string, out: IssueList): void {
  const correct = readNumber(answer.value);
  if (!correct) {
    out.error(
      `${at}/answer/value`,
      'answer/unreadable-value',
      `the correct value ${describeValue(answer.value)} is not a number`,
      {
        expected: 'a number such as 12, 0.5, 5/6, 1 1/2 or 50%',
        found: describeValue(answer.value),
      },
    );
    return;
  }
  if (answer.forms && !answer.forms.includes(correct.form)) {
    out.warning(
      `${at}/answer/value`,
      'answer/value-form',
      `the correct value is written as ${correct.form}, a form the answer does not accept`,
      {
        expected: `one of ${answer.forms.join(', ')}`,
        found: correct.form,
      },
    );
  }
  wrong.forEach((w, i) => {
    const pointer = `${at}/wrongAnswers/${i}/match`;
    if (typeof w.match !== 'string') {
      out.error(
        pointer,
        'wrong-answer/match-type',
        'a numeric answer is matched by text such as "2/7", not by option ids',
        {
          expected: 'text',
          found: describeValue(w.match),
        },
      );
      return;
    }
    const read = readNumber(w.match);
    if (!read) {
      out.error(
        pointer,
        'wrong-answer/unreadable',
        `${describeValue(w.match)} is not a number, so no student answer would match it`,
        {
          expected: 'a number such as 12, 0.5, 5/6, 1 1/2 or 50%',
          found: describeValue(w.match),
        },
      );
      return;
    }
    const formAccepted = !answer.forms || answer.forms.includes(read.form);
    const simplestAccepted = answer.simplest !== 'enforced' || isSimplest(w.match);
    if (formAccepted && simplestAccepted && withinTolerance(answer, correct.value, read.value)) {
      out.error(
        pointer,
        'wrong-answer/equals-correct',
        `the common wrong answer ${describeValue(w.match)} would be accepted as correct`,
        {
          expected: `a value other than ${describeValue(answer.value)}`,
          found: describeValue(w.match),
        },
      );
    }
  });
}

/** Reports each text wrong answer that `isAccepted` says a student would get right with. */
function rejectAccepted(
  wrong: readonly WrongAnswer[],
  at: string,
  isAccepted: (match: string) => boolean,
  expected: string,
  out: IssueList,
): void {
  wrong.forEach((w, i) => {
    if (typeof w.match !== 'string' || !isAccepted(w.match)) return;
    out.error(
      `${at}/wrongAnswers/${i}/match`,
      'wrong-answer/equals-correct',
      `the common wrong answer ${describeValue(w.match)} would be accepted as correct`,
      {
        expected,
        found: describeValue(w.match),
      },
    );
  });
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((x) => set.has(x));
}

/** Checks one answer spec and its wrong answers; `at` points at the problem or scaffold step. */
export function checkAnswer(answer: AnswerSpec, wrong: readonly WrongAnswer[], at: string, out: IssueList): void {
  if (answer.kind === 'text' || answer.kind === 'expression') {
    wrong.forEach((w, i) => {
      if (typeof w.match !== 'string') {
        out.error(
          `${at}/wrongAnswers/${i}/match`,
          'wrong-answer/match-type',
          `a ${answer.kind} answer is matched by text, not by option ids`,
          {
            expected: 'text',
            found: describeValue(w.match),
          },
        );
      }
    });
  }
  switch (answer.kind) {
    case 'numeric':
      checkNumeric(answer, wrong, at, out);
      return;
    case 'choice': {
      const ids = new Map<string, number>();
      answer.options.forEach((o, i) => {
        const first = ids.get(o.id);
        if (first !== undefined) {
          out.error(
            `${at}/answer/options/${i}/id`,
            'id/duplicate',
            `option id "${o.id}" is already used by option ${first}`,
            {
              found: JSON.stringify(o.id),
            },
          );
        } else ids.set(o.id, i);
      });
      answer.correct.forEach((id, i) => {
        if (!ids.has(id)) {
          out.error(`${at}/answer/correct/${i}`, 'ref/option', `"${id}" is not one of this problem's options`, {
            expected: `one of ${[...ids.keys()].join(', ')}`,
            found: JSON.stringify(id),
          });
        }
      });
      if (answer.select === 'single' && answer.correct.length !== 1) {
        out.error(
          `${at}/answer/correct`,
          'choice/single-needs-one',
          'a single-select question needs exactly one correct option',
          {
            expected: 'one option id',
            found: describeValue(answer.correct),
          },
        );
      }
      wrong.forEach((w, i) => {
        const pointer = `${at}/wrongAnswers/${i}/match`;
        const chosen = typeof w.match === 'string' ? [w.match] : w.match;
        const unknown = chosen.find((id) => !ids.has(id));
        if (unknown !== undefined) {
          out.error(pointer, 'ref/option', `"${unknown}" is not one of this problem's options`, {
            expected: `one of ${[...ids.keys()].join(', ')}`,
            found: JSON.stringify(unknown),
          });
        } else if (sameSet(chosen, answer.correct)) {
          out.error(
            pointer,
            'wrong-answer/equals-correct',
            'the common wrong answer chooses exactly the correct options',
            {
              expected: 'a choice other than the correct one',
              found: describeValue(chosen.join(', ')),
            },
          );
        }
      });
      return;
    }
    case 'text': {
      const caseSensitive = answer.caseSensitive === true;
      const lists = Array.isArray(answer.accept) ? [answer.accept] : Object.values(answer.accept);
      const accepted = new Set(lists.flat().map((a) => normalizeText(a, caseSensitive)));
      rejectAccepted(
        wrong,
        at,
        (match) => accepted.has(normalizeText(match, caseSensitive)),
        'text that is not accepted',
        out,
      );
      return;
    }
    case 'expression': {
      // Textual for now; equivalence (`n*3/4` for `3/4*n`) needs the expression checker.
      const strip = (s: string) => s.replace(/\s+/g, '');
      rejectAccepted(
        wrong,
        at,
        (match) => strip(match) === strip(answer.value),
        'an expression other than the answer',
        out,
      );
      return;
    }
    case 'open':
      if (wrong.length > 0) {
        out.error(
          `${at}/wrongAnswers`,
          'wrong-answer/open-answer',
          'an open answer is scored by the tutor, so common wrong answers cannot be matched',
          {
            expected: 'no wrongAnswers',
            found: describeValue(wrong),
          },
        );
      }
      return;
  }
}
