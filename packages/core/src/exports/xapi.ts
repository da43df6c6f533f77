/**
 * xAPI 1.0.3 statements from events, for a school's Learning Record Store.
 *
 * - `id`: a name-based UUID (v5) of the event id in {@link TUTORKIT_XAPI_NAMESPACE}, so sending the
 *   same event twice gives the same statement id and the LRS keeps one (xAPI ids are idempotent).
 * - `actor`: an Agent identified only by `account: { homePage, name: event.learner }`; the
 *   learner reference is opaque. Never a name, an email or an mbox.
 * - `timestamp`: the event's `at`, ISO 8601 UTC. `context.registration`: a v5 UUID of the session id,
 *   so all statements of one tutoring session share a registration.
 * - `context.extensions`: the envelope (event id and type, group, device, seq) under
 *   `${activityBase}/xapi/extensions/…`; `result.extensions` likewise for type-specific fields.
 * - Free text written by tutors (notes, override and void reasons) is never exported: it may
 *   name a child. Student responses are exported in `result.response`, as the answer.
 *
 * Activity ids (segments percent-encoded), with `P` = `${activityBase}/packs/${pack}` when the
 * pack is known (`options.pack`), else `activityBase` itself:
 *
 * | activity   | id                                          | type (ADL activity type)  |
 * | ---------- | ------------------------------------------- | ------------------------- |
 * | session    | `${activityBase}/sessions/${session}`       | meeting                   |
 * | assignment | `P/assignments/${assignment}`               | module                    |
 * | problem    | `P/problems/${problem}`                     | question                  |
 * | step       | `P/problems/${problem}/steps/${step}`       | question                  |
 * | hint       | `‹problem or step›/hints/${index}`          | interaction               |
 * | scaffold   | `P/problems/${problem}/scaffold`            | interaction               |
 * | skill      | `P/skills/${skill}`                         | objective                 |
 *
 * Events (verbs from the ADL vocabulary, `http://adlnet.gov/expapi/verbs/…`):
 *
 * | event                | verb         | object      | result                                              |
 * | -------------------- | ------------ | ----------- | --------------------------------------------------- |
 * | session.started      | initialized  | session     | — (`context.language` = locale; pack in extensions) |
 * | session.ended        | terminated   | session     | extension: reason                                   |
 * | assignment.started   | attempted    | assignment  | extensions: kind, seed                              |
 * | assignment.ended     | completed    | assignment  | completion; success when `mastered` (reason: mastered, finished) |
 * | assignment.ended     | suspended    | assignment  | reason `daily-limit`: locked until tomorrow        |
 * | problem.shown        | attempted    | problem     | —                                                   |
 * | answer.submitted     | answered     | problem/step | response (option ids joined by `[,]`), success = verdict is correct (absent when not judged), extensions |
 * | hint.revealed        | experienced  | hint        | extension: bottom-out                               |
 * | scaffold.opened      | experienced  | scaffold    | —                                                   |
 * | problem.completed    | completed    | problem     | completion, success = credit > 0, score.scaled = credit, extensions |
 * | mastery.changed      | mastered     | skill       | mastered: success true, score.scaled = estimate (bkt) |
 * | mastery.changed      | progressed   | skill       | mastered false: success false                       |
 * | tutor.reset          | resumed      | assignment  | `context.instructor` = the tutor's account          |
 * | event.voided         | voided       | StatementRef to the target's statement id | —     |
 * | tutor.override       | — skipped    |             | its effect is in problem.completed (`overridden`); its reason is free text |
 * | tutor.note           | — skipped    |             | free text about a child stays in the school         |
 * | tutor.helped         | — skipped    |             | a classroom-management mark, not learning evidence  |
 *
 * Context activities: `parent` is the enclosing activity (the assignment of a problem, the problem
 * of a step or scaffold, the problem or step of a hint); `grouping` is the session (and the skill
 * for problem.completed). Session statements have the session as object and no context activities.
 */
import { parse as parseUuid, v5 as uuidv5 } from 'uuid';
import { mergeEvents, type TutorEvent, type TutorEventType } from '../events/types.js';
import { isoTimestamp } from '../mastery/day.js';

/** Tutorkit's fixed namespace for name-based UUIDs (itself `uuidv5('https://tutorkit.dev/xapi', URL)`). */
export const TUTORKIT_XAPI_NAMESPACE = '3c37a2c6-c1ae-5da2-a0dd-d9cd741ae235';
const NAMESPACE_BYTES = parseUuid(TUTORKIT_XAPI_NAMESPACE);

const VERBS = 'http://adlnet.gov/expapi/verbs/';
const ACTIVITY_TYPES = 'http://adlnet.gov/expapi/activities/';

export type XapiVerbName =
  | 'initialized'
  | 'terminated'
  | 'attempted'
  | 'completed'
  | 'suspended'
  | 'answered'
  | 'experienced'
  | 'mastered'
  | 'progressed'
  | 'resumed'
  | 'voided';

/** The verb each event type maps to, or `undefined` for types deliberately not exported. */
export const XAPI_VERBS: { readonly [K in TutorEventType]: readonly XapiVerbName[] | undefined } = {
  'session.started': ['initialized'],
  'session.ended': ['terminated'],
  'assignment.started': ['attempted'],
  'assignment.ended': ['completed', 'suspended'],
  'problem.shown': ['attempted'],
  'answer.submitted': ['answered'],
  'hint.revealed': ['experienced'],
  'scaffold.opened': ['experienced'],
  'problem.completed': ['completed'],
  'mastery.changed': ['mastered', 'progressed'],
  'tutor.reset': ['resumed'],
  'event.voided': ['voided'],
  'tutor.override': undefined,
  'tutor.note': undefined,
  'tutor.helped': undefined,
};

export interface XapiAccount {
  readonly homePage: string;
  readonly name: string;
}

export interface XapiAgent {
  readonly objectType: 'Agent';
  readonly account: XapiAccount;
}

export interface XapiVerb {
  readonly id: string;
  readonly display: { readonly 'en-US': string };
}

export interface XapiActivity {
  readonly objectType: 'Activity';
  readonly id: string;
  readonly definition: { readonly type: string };
}

export interface XapiStatementRef {
  readonly objectType: 'StatementRef';
  readonly id: string;
}

export type XapiExtensions = Readonly<Record<string, unknown>>;

export interface XapiResult {
  readonly success?: boolean;
  readonly completion?: boolean;
  readonly response?: string;
  readonly score?: { readonly scaled: number };
  readonly extensions?: XapiExtensions;
}

export interface XapiContext {
  readonly registration: string;
  readonly instructor?: XapiAgent;
  readonly platform: string;
  readonly language?: string;
  readonly contextActivities?: {
    readonly parent?: readonly XapiActivity[];
    readonly grouping?: readonly XapiActivity[];
  };
  readonly extensions: XapiExtensions;
}

export interface XapiStatement {
  readonly id: string;
  readonly actor: XapiAgent;
  readonly verb: XapiVerb;
  readonly object: XapiActivity | XapiStatementRef;
  readonly result?: XapiResult;
  readonly context: XapiContext;
  readonly timestamp: string;
}

export interface XapiOptions {
  /**
   * The home page of the system that issues learner references, e.g. the school portal's
   * `https://portal.example.org`: actors are `{ account: { homePage, name: learner } }`.
   */
  readonly homePage: string;
  /** Absolute IRI under which Tutorkit's activities and extensions are named, e.g. `https://tutoring.example.org/xapi`. */
  readonly activityBase: string;
  /**
   * The pack the events belong to (its id, without version), so problem ids, which are unique
   * only within a pack, become unique activity ids. A function can pick it per event (e.g. from
   * the session's `session.started`, see {@link sessionPacks}). Without it, ids are relative to
   * `activityBase`: fine for a deployment that uses one pack.
   */
  readonly pack?: string | ((event: TutorEvent) => string | undefined);
}

const ABSOLUTE_IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/;

function checkIri(name: string, value: string): string {
  if (typeof value !== 'string' || !ABSOLUTE_IRI.test(value)) {
    throw new TypeError(`xAPI options: ${name} must be an absolute IRI such as https://example.org/x, got ${value}`);
  }
  return value.replace(/\/+$/, '');
}

/** The statement id of an event: a v5 UUID of its id, the same every time. */
export function statementIdFor(eventId: string): string {
  return uuidv5(`event:${eventId}`, NAMESPACE_BYTES);
}

/** The registration of a session: a v5 UUID of its id, shared by all its statements. */
export function registrationFor(sessionId: string): string {
  return uuidv5(`session:${sessionId}`, NAMESPACE_BYTES);
}

/** Map of session id → pack id from the `session.started` events of a log, for `options.pack`. */
export function sessionPacks(events: readonly TutorEvent[]): (event: TutorEvent) => string | undefined {
  const packs = new Map<string, string>();
  for (const event of events) {
    if (event.type === 'session.started' && typeof event.pack?.id === 'string') packs.set(event.session, event.pack.id);
  }
  return (event) => packs.get(event.session);
}

const seg = (value: unknown) => encodeURIComponent(String(value));

function verb(name: XapiVerbName): XapiVerb {
  return { id: `${VERBS}${name}`, display: { 'en-US': name } };
}

function activity(id: string, type: string): XapiActivity {
  return { objectType: 'Activity', id, definition: { type: `${ACTIVITY_TYPES}${type}` } };
}

function agent(homePage: string, name: string): XapiAgent {
  return { objectType: 'Agent', account: { homePage, name } };
}

/** Drops undefined values, so optional fields are absent rather than `undefined` in the JSON. */
function defined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

function clampScaled(value: unknown): { scaled: number } | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  return { scaled: Math.min(1, Math.max(-1, value)) };
}

/**
 * The statement for one event, or `undefined` when its type is not exported (see
 * {@link XAPI_VERBS}) or it cannot be expressed (no finite timestamp).
 *
 * @throws TypeError when `homePage` or `activityBase` is not an absolute IRI.
 */
export function eventToXapi(event: TutorEvent, options: XapiOptions): XapiStatement | undefined {
  return createMapper(options)(event);
}

/** Checks the options once and keeps what every statement shares (IRIs, registrations). */
function createMapper(options: XapiOptions): (event: TutorEvent) => XapiStatement | undefined {
  const homePage = checkIri('homePage', options.homePage);
  const base = checkIri('activityBase', options.activityBase);
  const extensionIris = new Map<string, string>();
  const ext = (name: string) => {
    let iri = extensionIris.get(name);
    if (iri === undefined) {
      iri = `${base}/xapi/extensions/${name}`;
      extensionIris.set(name, iri);
    }
    return iri;
  };
  const registrations = new Map<string, string>();
  const registration = (session: string) => {
    let id = registrations.get(session);
    if (id === undefined) {
      id = registrationFor(session);
      registrations.set(session, id);
    }
    return id;
  };
  const shared: Shared = { options, homePage, base, ext, registration };
  return (event) => toStatement(event, shared);
}

interface Shared {
  readonly options: XapiOptions;
  readonly homePage: string;
  readonly base: string;
  readonly ext: (name: string) => string;
  readonly registration: (session: string) => string;
}

function toStatement(event: TutorEvent, shared: Shared): XapiStatement | undefined {
  const { options, homePage, base, ext, registration } = shared;
  if (typeof event.at !== 'number' || !Number.isFinite(event.at) || Math.abs(event.at) > 8.64e15) return undefined;
  const pack = typeof options.pack === 'function' ? options.pack(event) : options.pack;
  const root = pack === undefined ? base : `${base}/packs/${seg(pack)}`;

  const session = activity(`${base}/sessions/${seg(event.session)}`, 'meeting');
  const assignmentOf = (id: string) => activity(`${root}/assignments/${seg(id)}`, 'module');
  const problemId = (id: string) => `${root}/problems/${seg(id)}`;
  const problemOf = (id: string) => activity(problemId(id), 'question');
  const skillOf = (id: string) => activity(`${root}/skills/${seg(id)}`, 'objective');

  let verbName: XapiVerbName;
  let object: XapiActivity | XapiStatementRef;
  let result: Record<string, unknown> | undefined;
  let resultExtensions: Record<string, unknown> = {};
  let parent: XapiActivity[] = [];
  const grouping: XapiActivity[] = [session];
  let instructor: XapiAgent | undefined;
  let language: string | undefined;
  let contextExtras: Record<string, unknown> = {};

  switch (event.type) {
    case 'session.started':
      verbName = 'initialized';
      object = session;
      grouping.length = 0;
      language = typeof event.locale === 'string' ? event.locale : undefined;
      contextExtras = { [ext('pack')]: defined({ id: event.pack?.id, version: event.pack?.version }) };
      break;
    case 'session.ended':
      verbName = 'terminated';
      object = session;
      grouping.length = 0;
      resultExtensions = { [ext('reason')]: event.reason };
      break;
    case 'assignment.started':
      verbName = 'attempted';
      object = assignmentOf(event.assignment);
      resultExtensions = { [ext('kind')]: event.kind, [ext('seed')]: event.seed };
      break;
    case 'assignment.ended':
      verbName = event.reason === 'daily-limit' ? 'suspended' : 'completed';
      object = assignmentOf(event.assignment);
      result = event.reason === 'daily-limit' ? {} : { completion: true, success: event.reason === 'mastered' };
      resultExtensions = { [ext('reason')]: event.reason };
      break;
    case 'problem.shown':
      verbName = 'attempted';
      object = problemOf(event.problem);
      parent = [assignmentOf(event.assignment)];
      break;
    case 'answer.submitted': {
      verbName = 'answered';
      object =
        event.step === undefined
          ? problemOf(event.problem)
          : activity(`${problemId(event.problem)}/steps/${seg(event.step)}`, 'question');
      parent = event.step === undefined ? [assignmentOf(event.assignment)] : [problemOf(event.problem)];
      const judged = event.verdict === 'correct' || event.verdict === 'incorrect';
      result = {
        response: Array.isArray(event.response) ? event.response.join('[,]') : String(event.response ?? ''),
        success: judged ? event.verdict === 'correct' : undefined,
      };
      resultExtensions = {
        [ext('attempt')]: event.attempt,
        [ext('verdict')]: event.verdict,
        [ext('reason')]: event.reason,
        [ext('wrong-answer')]: event.wrongAnswer,
        [ext('misconception')]: event.misconception,
      };
      break;
    }
    case 'hint.revealed': {
      verbName = 'experienced';
      const holder =
        event.step === undefined ? problemId(event.problem) : `${problemId(event.problem)}/steps/${seg(event.step)}`;
      object = activity(`${holder}/hints/${seg(event.index)}`, 'interaction');
      parent = [activity(holder, 'question')];
      resultExtensions = { [ext('bottom-out')]: event.bottomOut };
      break;
    }
    case 'scaffold.opened':
      verbName = 'experienced';
      object = activity(`${problemId(event.problem)}/scaffold`, 'interaction');
      parent = [problemOf(event.problem)];
      break;
    case 'problem.completed':
      verbName = 'completed';
      object = problemOf(event.problem);
      parent = [assignmentOf(event.assignment)];
      grouping.push(skillOf(event.skill));
      result = {
        completion: true,
        success: event.ungraded ? undefined : event.credit > 0,
        score: event.ungraded ? undefined : clampScaled(event.credit),
      };
      resultExtensions = {
        [ext('first-try')]: event.firstTry,
        [ext('attempts')]: event.attempts,
        [ext('hints')]: event.hints,
        [ext('bottom-out')]: event.bottomOut,
        [ext('overridden')]: event.overridden,
        [ext('ungraded')]: event.ungraded,
      };
      break;
    case 'mastery.changed':
      verbName = event.mastered ? 'mastered' : 'progressed';
      object = skillOf(event.skill);
      result = { success: event.mastered, score: event.model === 'bkt' ? clampScaled(event.estimate) : undefined };
      resultExtensions = { [ext('model')]: event.model, [ext('estimate')]: event.estimate };
      break;
    case 'tutor.reset':
      verbName = 'resumed';
      object = assignmentOf(event.assignment);
      instructor = agent(homePage, String(event.tutor));
      break;
    case 'event.voided':
      verbName = 'voided';
      object = { objectType: 'StatementRef', id: statementIdFor(event.target) };
      break;
    default:
      // tutor.override, tutor.note, and types from newer versions.
      return undefined;
  }

  const extensions = defined(resultExtensions);
  const resultFields: XapiResult = {
    ...(defined(result ?? {}) as Omit<XapiResult, 'extensions'>),
    ...(Object.keys(extensions).length > 0 ? { extensions } : {}),
  };
  const context: XapiContext = {
    registration: registration(String(event.session)),
    ...(instructor === undefined ? {} : { instructor }),
    platform: 'Tutorkit',
    ...(language === undefined ? {} : { language }),
    ...(parent.length > 0 || grouping.length > 0
      ? {
          contextActivities: {
            ...(parent.length > 0 ? { parent } : {}),
            ...(grouping.length > 0 ? { grouping } : {}),
          },
        }
      : {}),
    extensions: defined({
      [ext('event-id')]: event.id,
      [ext('event-type')]: event.type,
      [ext('group')]: event.group,
      [ext('device')]: event.device,
      [ext('seq')]: event.seq,
      ...contextExtras,
    }),
  };

  return {
    id: statementIdFor(event.id),
    actor: agent(homePage, String(event.learner)),
    verb: verb(verbName),
    object,
    ...(Object.keys(resultFields).length > 0 ? { result: resultFields } : {}),
    context,
    timestamp: isoTimestamp(event.at),
  };
}

export interface XapiBatchOptions extends XapiOptions {
  /**
   * `void` (default): voided events are sent, followed by a voiding statement, as xAPI expects;
   * `omit`: neither the voided events nor the voids are sent (a clean first export).
   */
  readonly voided?: 'void' | 'omit';
}

/**
 * Statements for a log: deduplicated by event id and in deterministic order (`compareEvents`),
 * so the same log always gives the same batch. Event types that are not exported are skipped, and
 * so are voids of events that were skipped (their statements never existed).
 */
export function eventsToXapi(events: readonly TutorEvent[], options: XapiBatchOptions): XapiStatement[] {
  const sorted = mergeEvents(events);
  const byId = new Map(sorted.map((e) => [e.id, e]));
  const voided = new Set(sorted.flatMap((e) => (e.type === 'event.voided' ? [e.target] : [])));
  const statements: XapiStatement[] = [];
  const toXapi = createMapper(options);
  for (const event of sorted) {
    if (options.voided === 'omit' && (event.type === 'event.voided' || voided.has(event.id))) continue;
    if (event.type === 'event.voided') {
      const target = byId.get(event.target);
      if (target !== undefined && (target.type === 'event.voided' || XAPI_VERBS[target.type] === undefined)) continue;
    }
    const statement = toXapi(event);
    if (statement !== undefined) statements.push(statement);
  }
  return statements;
}
