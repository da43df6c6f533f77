/**
 * Checks that answers are well formed and that no common wrong answer would be accepted. Wrong
 * answers go through the same checker a student's response does, so the pack and the runtime
 * cannot disagree about what counts as right. (Expressions need the lazily loaded expression
 * engine; the SDK's build verifies them with it. Here they are compared as text.)
 */
import { checkResponse } from '../answers/check.js';
import { readNumber } from '../answers/numeric-read.js';
import { describeValue, type IssueList } from './issues.js';
import type { AnswerSpec, ChoiceAnswer, WrongAnswer } from './schema.js';

const NUMBER_EXAMPLES = 'a number such as 12, 0.5, 5/6, 1 1/2 or 50%';

function checkChoiceIds(answer: ChoiceAnswer, wrong: readonly WrongAnswer[], at: string, out: IssueList): void {
  const ids = new Map<string, number>();
  for (const [i, option] of answer.options.entries()) {
    const first = ids.get(option.id);
    if (first === undefined) ids.set(option.id, i);
    else {
      out.error(
        `${at}/answer/options/${i}/id`,
        'id/duplicate',
        `option id "${option.id}" is already used by option ${first}`,
        {
          found: JSON.stringify(option.id),
        },
      );
    }
  }
  const known = `one of ${[...ids.keys()].join(', ')}`;
  for (const [i, id] of answer.correct.entries()) {
    if (!ids.has(id)) {
      out.error(`${at}/answer/correct/${i}`, 'ref/option', `"${id}" is not one of this problem's options`, {
        expected: known,
        found: JSON.stringify(id),
      });
    }
  }
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
  for (const [i, w] of wrong.entries()) {
    const chosen = typeof w.match === 'string' ? [w.match] : w.match;
    const unknown = chosen.find((id) => !ids.has(id));
    if (unknown !== undefined) {
      out.error(`${at}/wrongAnswers/${i}/match`, 'ref/option', `"${unknown}" is not one of this problem's options`, {
        expected: known,
        found: JSON.stringify(unknown),
      });
    }
  }
}

/** Structure before meaning: every reference and type a check would rely on. Returns false to stop. */
function checkShape(answer: AnswerSpec, wrong: readonly WrongAnswer[], at: string, out: IssueList): boolean {
  const before = out.errorCount;
  if (answer.kind === 'choice') checkChoiceIds(answer, wrong, at, out);
  if (answer.kind === 'numeric' && !readNumber(answer.value)) {
    out.error(
      `${at}/answer/value`,
      'answer/unreadable-value',
      `the correct value ${describeValue(answer.value)} is not a number`,
      {
        expected: NUMBER_EXAMPLES,
        found: describeValue(answer.value),
      },
    );
  }
  if (answer.kind === 'open' && wrong.length > 0) {
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
  if (answer.kind === 'numeric' || answer.kind === 'text' || answer.kind === 'expression') {
    for (const [i, w] of wrong.entries()) {
      if (typeof w.match !== 'string') {
        out.error(
          `${at}/wrongAnswers/${i}/match`,
          'wrong-answer/match-type',
          `a ${answer.kind} answer is matched by text such as "2/7", not by option ids`,
          {
            expected: 'text',
            found: describeValue(w.match),
          },
        );
      }
    }
  }
  return out.errorCount === before;
}

/** Checks one answer spec and its wrong answers; `at` points at the problem or scaffold step. */
export function checkAnswer(answer: AnswerSpec, wrong: readonly WrongAnswer[], at: string, out: IssueList): void {
  if (!checkShape(answer, wrong, at, out) || answer.kind === 'open') return;
  for (const [i, w] of wrong.entries()) {
    const pointer = `${at}/wrongAnswers/${i}/match`;
    const found = describeValue(typeof w.match === 'string' ? w.match : w.match.join(', '));
    const accepted =
      answer.kind === 'expression'
        ? typeof w.match === 'string' && w.match.replace(/\s+/g, '') === answer.value.replace(/\s+/g, '')
        : checkResponse(answer, w.match).verdict === 'correct';
    if (accepted) {
      out.error(
        pointer,
        'wrong-answer/equals-correct',
        `the common wrong answer ${found} would be accepted as correct`,
        {
          expected: 'a response the checker does not accept',
          found,
        },
      );
    } else if (answer.kind === 'numeric' && checkResponse(answer, w.match).verdict === 'unreadable') {
      out.error(
        pointer,
        'wrong-answer/unreadable',
        `${found} cannot be read as a number, so no student answer would match it`,
        {
          expected: NUMBER_EXAMPLES,
          found,
        },
      );
    }
  }
}
