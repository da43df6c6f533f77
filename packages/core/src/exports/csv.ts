/**
 * CSV export of an event log for program leads and researchers: one row per event, a header
 * row, the documented columns of {@link CSV_COLUMNS}, RFC 4180 quoting and CRLF line ends.
 *
 * Student responses and tutor texts are untrusted: a cell that a spreadsheet could read as a
 * formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return, or one of them after
 * leading spaces or line breaks, or a full-width `＝＋－＠`) gets a leading apostrophe `'`, and so does
 * a cell that starts with an apostrophe, so that removing one leading apostrophe from any cell
 * that has one always gives back the exact value. Numbers in numeric columns are written as plain
 * numbers (`-3` stays `-3`); a numeric column holding anything else is treated as text.
 */
import { mergeEvents, type TutorEvent } from '../events/types.js';
import { isoTimestamp } from '../mastery/day.js';

/** How a CSV column's values are written. */
export type CsvColumnKind = 'text' | 'number' | 'boolean';

export interface CsvColumn {
  readonly name: string;
  readonly description: string;
  /** `number` and `boolean` columns hold plain numbers and `true`/`false`. */
  readonly kind: CsvColumnKind;
}

const column = (name: string, kind: CsvColumnKind, description: string): CsvColumn => ({ name, kind, description });

/** The columns, in order, with what each holds. A cell is empty when the event has no such field. */
export const CSV_COLUMNS = [
  column('id', 'text', 'Event id: unique, stable across retries.'),
  column('v', 'number', 'Version of the event format.'),
  column('type', 'text', 'Event type, e.g. problem.completed, answer.submitted.'),
  column('at_iso', 'text', 'When it happened, ISO 8601 in UTC with milliseconds.'),
  column('at_ms', 'number', 'When it happened, milliseconds since 1970-01-01 UTC.'),
  column('learner', 'text', 'Opaque reference to the student (never a name).'),
  column('group', 'text', 'Opaque reference to the tutoring group.'),
  column('session', 'text', 'Opaque reference to the tutoring session.'),
  column('device', 'text', 'Opaque reference to the device that wrote the event.'),
  column('seq', 'number', 'Order of the event among those the device wrote in the session, from 0.'),
  column('voided_by', 'text', 'Id of the event.voided event that cancels this event, if any: such rows do not count.'),
  column('pack_id', 'text', 'session.started: id of the curriculum pack.'),
  column('pack_version', 'text', 'session.started: version of the pack.'),
  column('locale', 'text', 'session.started: language of the session, e.g. en, es.'),
  column('assignment', 'text', 'Assignment id (problem events, assignment.*, tutor.reset, tutor.override).'),
  column('kind', 'text', 'assignment.started: skill-builder, check or practice.'),
  column('seed', 'text', 'assignment.started: seed of the problem draw.'),
  column('problem', 'text', 'Problem id.'),
  column('step', 'text', 'answer.submitted, hint.revealed: scaffold step id, when about a step.'),
  column(
    'response',
    'text',
    "answer.submitted: what the student entered (untrusted text), or the chosen option ids separated by '|'.",
  ),
  column('attempt', 'number', 'answer.submitted: attempt number, 1 for the first.'),
  column(
    'verdict',
    'text',
    'answer.submitted: correct, incorrect, unreadable, needs-simplifying, wrong-form or ungraded.',
  ),
  column(
    'reason',
    'text',
    "answer.submitted: the checker's reason code; session.ended, assignment.ended: why it ended; tutor.override, event.voided: the tutor's words.",
  ),
  column('wrong_answer', 'number', 'answer.submitted: index of the matched common wrong answer in the problem.'),
  column('misconception', 'text', "answer.submitted: the matched wrong answer's misconception id."),
  column('hint_index', 'number', 'hint.revealed: position in the hint ladder, from 0.'),
  column('bottom_out', 'boolean', 'hint.revealed: the hint shows the answer; problem.completed: such a hint was used.'),
  column('credit', 'number', 'problem.completed: credit from 0 to 1.'),
  column('first_try', 'boolean', 'problem.completed: right on the first attempt without help.'),
  column('attempts', 'number', 'problem.completed: attempts used.'),
  column('hints', 'number', 'problem.completed: hints used.'),
  column('overridden', 'boolean', "problem.completed: the tutor accepted the student's answer."),
  column('ungraded', 'boolean', 'problem.completed: an open answer waiting for the tutor to score it.'),
  column('skill', 'text', 'problem.completed, mastery.changed: skill id.'),
  column('model', 'text', 'mastery.changed: streak or bkt.'),
  column('mastered', 'boolean', 'mastery.changed: mastered after the change.'),
  column('estimate', 'number', 'mastery.changed: probability the skill is known (bkt) or the streak length (streak).'),
  column('tutor', 'text', 'tutor.*: opaque reference to the tutor.'),
  column('text', 'text', "tutor.note: the tutor's note (free text)."),
  column('target', 'text', 'event.voided: id of the event it cancels.'),
] as const satisfies readonly CsvColumn[];

export type CsvColumnName = (typeof CSV_COLUMNS)[number]['name'];

type Row = Partial<Record<CsvColumnName, unknown>>;

/** The type-specific cells of an event (the envelope's are added by the caller). */
function payloadCells(event: TutorEvent): Row {
  switch (event.type) {
    case 'session.started':
      return { pack_id: event.pack?.id, pack_version: event.pack?.version, locale: event.locale };
    case 'session.ended':
      return { reason: event.reason };
    case 'assignment.started':
      return { assignment: event.assignment, kind: event.kind, seed: event.seed };
    case 'assignment.ended':
      return { assignment: event.assignment, reason: event.reason };
    case 'problem.shown':
    case 'scaffold.opened':
      return { assignment: event.assignment, problem: event.problem };
    case 'answer.submitted':
      return {
        assignment: event.assignment,
        problem: event.problem,
        step: event.step,
        response: event.response,
        attempt: event.attempt,
        verdict: event.verdict,
        reason: event.reason,
        wrong_answer: event.wrongAnswer,
        misconception: event.misconception,
      };
    case 'hint.revealed':
      return {
        assignment: event.assignment,
        problem: event.problem,
        step: event.step,
        hint_index: event.index,
        bottom_out: event.bottomOut,
      };
    case 'problem.completed':
      return {
        assignment: event.assignment,
        problem: event.problem,
        credit: event.credit,
        first_try: event.firstTry,
        attempts: event.attempts,
        hints: event.hints,
        bottom_out: event.bottomOut,
        overridden: event.overridden,
        ungraded: event.ungraded,
        skill: event.skill,
      };
    case 'mastery.changed':
      return { skill: event.skill, model: event.model, mastered: event.mastered, estimate: event.estimate };
    case 'tutor.override':
      return { assignment: event.assignment, problem: event.problem, reason: event.reason, tutor: event.tutor };
    case 'tutor.note':
      return { problem: event.problem, text: event.text, tutor: event.tutor };
    case 'tutor.reset':
      return { assignment: event.assignment, tutor: event.tutor };
    case 'tutor.helped':
      return { problem: event.problem, tutor: event.tutor };
    case 'event.voided':
      return { target: event.target, reason: event.reason };
    default:
      // A type from a newer version: the envelope still says what it was.
      return {};
  }
}

/** Starts that a spreadsheet may read as a formula (ASCII and full-width forms). */
const FORMULA_START = /^[\s]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r']/;
const NEEDS_QUOTES = /[",\r\n]/;
const PLAIN_NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * Protects a text cell from formula injection: a leading apostrophe when it could start a
 * formula (or already starts with an apostrophe, so the rule stays reversible).
 */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180: a field with a comma, a double quote or a line break is quoted, quotes doubled. */
export function quoteCsvField(field: string): string {
  return NEEDS_QUOTES.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

function asText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(asText).join('|');
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}

/** One cell: plain numbers and booleans in their columns as they are, everything else as safe text. */
function cell(value: unknown, kind: CsvColumnKind): string {
  if (value === undefined || value === null) return '';
  if (kind === 'number' && typeof value === 'number' && PLAIN_NUMBER.test(String(value))) return String(value);
  if (kind === 'boolean' && typeof value === 'boolean') return String(value);
  return quoteCsvField(neutralizeFormula(asText(value)));
}

function timestamp(at: unknown): string {
  return typeof at === 'number' && Number.isFinite(at) && Math.abs(at) <= 8.64e15 ? isoTimestamp(at) : '';
}

export interface CsvOptions {
  /**
   * Start with a UTF-8 byte order mark, so that Excel reads accents (Spanish text) correctly.
   * Default false: plain RFC 4180.
   */
  readonly bom?: boolean;
}

/**
 * The log as CSV. Events are deduplicated by id and sorted (`compareEvents`); voided events
 * stay, marked in `voided_by`, so the export is the whole record. Ends with CRLF.
 */
export function eventsToCsv(events: readonly TutorEvent[], options: CsvOptions = {}): string {
  const sorted = mergeEvents(events);
  const voidedBy = new Map<string, string>();
  for (const event of sorted) {
    if (event.type === 'event.voided' && !voidedBy.has(event.target)) voidedBy.set(event.target, event.id);
  }
  const lines = [CSV_COLUMNS.map((c) => quoteCsvField(neutralizeFormula(c.name))).join(',')];
  for (const event of sorted) {
    const row: Row = {
      id: event.id,
      v: event.v,
      type: event.type,
      at_iso: timestamp(event.at),
      at_ms: event.at,
      learner: event.learner,
      group: event.group,
      session: event.session,
      device: event.device,
      seq: event.seq,
      voided_by: voidedBy.get(event.id),
      ...payloadCells(event),
    };
    lines.push(CSV_COLUMNS.map((c) => cell(row[c.name], c.kind)).join(','));
  }
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
