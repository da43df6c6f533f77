/**
 * Checks that a value received from another device (a hub ingesting a batch, a seat taking in a
 * tutor's events) is a well-formed event of the `TutorEvent` union — envelope and typed payload —
 * so that nothing malformed reaches a log. Pure: no clock, no I/O.
 */
import { EVENT_VERSION, type TutorEvent } from './types.js';

export type EventCheck = { ok: true; event: TutorEvent } | { ok: false; reason: string };

type Rule = 'text' | 'text?' | 'string' | 'int' | 'int?' | 'num' | 'bool' | 'response' | readonly string[];

const REF = /^[A-Za-z0-9._:~-]{1,128}$/;
const PROBLEM: Record<string, Rule> = { assignment: 'text', problem: 'text' };
const VERDICTS = ['correct', 'incorrect', 'unreadable', 'needs-simplifying', 'wrong-form', 'ungraded'];

/** Payload fields by event type (the envelope is checked for all); every type of the union has one. */
const PAYLOADS: Readonly<Record<TutorEvent['type'], Record<string, Rule>>> = {
  'session.started': { locale: 'text' },
  'session.ended': { reason: ['finished', 'left', 'timeout', 'tutor'] },
  // Any seed the engine accepts, the empty one included.
  'assignment.started': { assignment: 'text', kind: ['skill-builder', 'check', 'practice'], seed: 'string' },
  'assignment.ended': { assignment: 'text', reason: ['mastered', 'finished', 'daily-limit'] },
  'problem.shown': PROBLEM,
  'answer.submitted': {
    ...PROBLEM,
    step: 'text?',
    response: 'response',
    attempt: 'int',
    verdict: VERDICTS,
    reason: 'text',
    wrongAnswer: 'int?',
    misconception: 'text?',
  },
  'hint.revealed': { ...PROBLEM, step: 'text?', index: 'int', bottomOut: 'bool' },
  'scaffold.opened': PROBLEM,
  'problem.completed': {
    ...PROBLEM,
    credit: 'num',
    firstTry: 'bool',
    attempts: 'int',
    hints: 'int',
    bottomOut: 'bool',
    overridden: 'bool',
    ungraded: 'bool',
    skill: 'text',
  },
  'mastery.changed': { skill: 'text', model: ['streak', 'bkt'], mastered: 'bool', estimate: 'num' },
  'tutor.override': { ...PROBLEM, reason: 'text', tutor: 'text' },
  'tutor.note': { text: 'text', tutor: 'text', problem: 'text?' },
  'tutor.reset': { assignment: 'text', tutor: 'text' },
  'tutor.helped': { tutor: 'text', problem: 'text?' },
  'event.voided': { target: 'text', reason: 'text' },
};

/** Every event type, as `checkEvent` accepts them. */
export const EVENT_TYPES: readonly TutorEvent['type'][] = Object.keys(PAYLOADS) as TutorEvent['type'][];

function fieldError(value: unknown, rule: Rule): string | undefined {
  if (Array.isArray(rule)) return rule.includes(value as string) ? undefined : `one of ${rule.join(', ')}`;
  if (value === undefined && typeof rule === 'string' && rule.endsWith('?')) return undefined;
  switch (rule) {
    case 'text':
    case 'text?':
      return typeof value === 'string' && value.length > 0 && value.length <= 4000 ? undefined : 'a non-empty string';
    case 'string':
      return typeof value === 'string' && value.length <= 4000 ? undefined : 'a string';
    case 'int':
    case 'int?':
      return Number.isSafeInteger(value) && (value as number) >= 0 ? undefined : 'a whole number ≥ 0';
    case 'num':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'a finite number';
    case 'bool':
      return typeof value === 'boolean' ? undefined : 'true or false';
    case 'response':
      return typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'))
        ? undefined
        : 'a string or a list of strings';
  }
  return 'valid';
}

/** Whether `value` is a well-formed event; the reason names the first field that is not. */
export function checkEvent(value: unknown): EventCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, reason: 'not an object' };
  const e = value as Record<string, unknown>;
  for (const field of ['id', 'learner', 'group', 'session', 'device'] as const) {
    if (typeof e[field] !== 'string' || !REF.test(e[field] as string))
      return { ok: false, reason: `${field}: must be 1–128 characters of A–Z a–z 0–9 . _ : ~ -` };
  }
  if (e.v !== EVENT_VERSION) return { ok: false, reason: `v: must be ${EVENT_VERSION}` };
  if (typeof e.at !== 'number' || !Number.isSafeInteger(e.at) || e.at <= 0)
    return { ok: false, reason: 'at: must be milliseconds since the epoch' };
  if (!Number.isSafeInteger(e.seq) || (e.seq as number) < 0)
    return { ok: false, reason: 'seq: must be a whole number ≥ 0' };
  const payload =
    typeof e.type === 'string' && Object.hasOwn(PAYLOADS, e.type) ? PAYLOADS[e.type as TutorEvent['type']] : undefined;
  if (!payload) return { ok: false, reason: `type: unknown event type ${JSON.stringify(e.type)}` };
  for (const [field, rule] of Object.entries(payload)) {
    const problem = fieldError(e[field], rule);
    if (problem) return { ok: false, reason: `${field}: must be ${problem}` };
  }
  if (e.type === 'session.started') {
    const pack = e.pack as Record<string, unknown> | undefined;
    if (typeof pack?.id !== 'string' || typeof pack.version !== 'string')
      return { ok: false, reason: 'pack: must be { id, version }' };
  }
  return { ok: true, event: value as TutorEvent };
}
