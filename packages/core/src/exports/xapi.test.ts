import { expect } from 'chai';
import fc from 'fast-check';
import { v5 as uuidv5 } from 'uuid';
import type { TutorEvent, TutorEventType } from '../events/types.js';
import { LogBuilder, oneOfEachType, T0 } from '../mastery/test-support/events.js';
import {
  eventsToXapi,
  eventToXapi,
  registrationFor,
  sessionPacks,
  statementIdFor,
  TUTORKIT_XAPI_NAMESPACE,
  XAPI_VERBS,
  type XapiActivity,
  type XapiOptions,
  type XapiStatement,
} from './xapi.js';

const OPTIONS: XapiOptions = {
  homePage: 'https://portal.example.org',
  activityBase: 'https://tutoring.example.org/xapi',
};
const BASE = OPTIONS.activityBase;
const EXT = `${BASE}/xapi/extensions/`;
const UUID_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const VERB = 'http://adlnet.gov/expapi/verbs/';

function only(event: TutorEvent, options: XapiOptions = OPTIONS): XapiStatement {
  const statement = eventToXapi(event, options);
  if (!statement) throw new Error(`${event.type} gave no statement`);
  return statement;
}

function objectId(statement: XapiStatement): string {
  return statement.object.id;
}

describe('xAPI statement ids', () => {
  it('are name-based UUIDs (v5) in a fixed Tutorkit namespace', () => {
    expect(TUTORKIT_XAPI_NAMESPACE).to.equal(uuidv5('https://tutorkit.dev/xapi', uuidv5.URL));
    // Pinned: changing the namespace or the naming would send old events again under new ids.
    expect(statementIdFor('e1')).to.equal(uuidv5('event:e1', TUTORKIT_XAPI_NAMESPACE));
    expect(statementIdFor('event-42')).to.equal('634aae1f-2ea3-50ca-ab94-c0ecd244fe50');
    expect(statementIdFor('e1')).to.match(UUID_V5);
  });

  it('are the same for the same event and different for different events', () => {
    const events = Object.values(oneOfEachType()) as TutorEvent[];
    const first = eventsToXapi(events, OPTIONS);
    const again = eventsToXapi(structuredClone(events), OPTIONS);
    expect(again.map((s) => s.id)).to.deep.equal(first.map((s) => s.id));
    expect(new Set(first.map((s) => s.id)).size).to.equal(first.length);
    for (const s of first) expect(s.id).to.match(UUID_V5);
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(statementIdFor(a) === statementIdFor(b)).to.equal(a === b);
        expect(statementIdFor(a)).to.match(UUID_V5);
      }),
      { numRuns: 500 },
    );
  });

  it('put every statement of a session in one registration', () => {
    const statements = eventsToXapi(Object.values(oneOfEachType()) as TutorEvent[], OPTIONS);
    const registrations = new Set(statements.map((s) => s.context.registration));
    expect([...registrations]).to.deep.equal([registrationFor('session-1')]);
    expect(registrationFor('session-1')).to.match(UUID_V5).and.not.equal(registrationFor('session-2'));
    expect(registrationFor('x')).to.not.equal(statementIdFor('x'));
  });
});

describe('xAPI actors', () => {
  it('are only the opaque learner reference under the given home page', () => {
    const statements = eventsToXapi(Object.values(oneOfEachType()) as TutorEvent[], OPTIONS);
    expect(statements.length).to.be.greaterThan(5);
    for (const s of statements) {
      expect(s.actor).to.deep.equal({
        objectType: 'Agent',
        account: { homePage: 'https://portal.example.org', name: 'learner-a' },
      });
    }
  });

  it('names the tutor of a reset as instructor, by reference only', () => {
    const s = only(oneOfEachType()['tutor.reset']);
    expect(s.context.instructor).to.deep.equal({
      objectType: 'Agent',
      account: { homePage: 'https://portal.example.org', name: 'tutor-1' },
    });
  });
});

describe('xAPI mapping', () => {
  const expected: { readonly [K in TutorEventType]: string | undefined } = {
    'session.started': 'initialized',
    'session.ended': 'terminated',
    'assignment.started': 'attempted',
    'assignment.ended': 'suspended',
    'problem.shown': 'attempted',
    'answer.submitted': 'answered',
    'hint.revealed': 'experienced',
    'scaffold.opened': 'experienced',
    'problem.completed': 'completed',
    'mastery.changed': 'mastered',
    'tutor.reset': 'resumed',
    'event.voided': 'voided',
    'tutor.override': undefined,
    'tutor.note': undefined,
    'tutor.helped': undefined,
  };
  const samples = oneOfEachType();

  for (const [type, verb] of Object.entries(expected) as [TutorEventType, string | undefined][]) {
    it(verb ? `maps ${type} to "${verb}"` : `deliberately skips ${type}`, () => {
      const statement = eventToXapi(samples[type], OPTIONS);
      if (verb === undefined) {
        expect(statement).to.equal(undefined);
        expect(XAPI_VERBS[type]).to.equal(undefined);
      } else {
        expect(statement?.verb).to.deep.equal({ id: `${VERB}${verb}`, display: { 'en-US': verb } });
        expect(XAPI_VERBS[type]).to.include(verb);
        expect(statement?.timestamp).to.equal(new Date(samples[type].at).toISOString());
        // Valid JSON without undefined holes.
        expect(JSON.parse(JSON.stringify(statement))).to.deep.equal(statement);
      }
    });
  }

  it('never exports free text written by tutors', () => {
    const json = JSON.stringify(eventsToXapi(Object.values(samples) as TutorEvent[], OPTIONS));
    expect(json).to.not.include('pictures');
    expect(json).to.not.include('said 5/6 aloud');
    expect(json).to.not.include('device left on');
  });

  it('names activities under the activity base, per pack when known', () => {
    expect(objectId(only(samples['problem.shown']))).to.equal(`${BASE}/problems/p1`);
    const withPack = { ...OPTIONS, pack: 'tutorkit.fractions' };
    expect(objectId(only(samples['problem.shown'], withPack))).to.equal(`${BASE}/packs/tutorkit.fractions/problems/p1`);
    expect(objectId(only(samples['assignment.started'], withPack))).to.equal(
      `${BASE}/packs/tutorkit.fractions/assignments/sb-1`,
    );
    expect(objectId(only(samples['mastery.changed'], withPack))).to.equal(
      `${BASE}/packs/tutorkit.fractions/skills/skill-1`,
    );
    expect(objectId(only(samples['session.started'], withPack))).to.equal(`${BASE}/sessions/session-1`);
    expect(objectId(only(samples['hint.revealed']))).to.equal(`${BASE}/problems/p1/hints/0`);
    expect(objectId(only(samples['scaffold.opened']))).to.equal(`${BASE}/problems/p1/scaffold`);
    const fromLog = { ...OPTIONS, pack: sessionPacks(Object.values(samples) as TutorEvent[]) };
    expect(objectId(only(samples['problem.shown'], fromLog))).to.equal(`${BASE}/packs/tutorkit.fractions/problems/p1`);
  });

  it('percent-encodes ids and ignores a trailing slash on the base', () => {
    const log = new LogBuilder();
    const shown = log.add('problem.shown', { assignment: 'a', problem: 'p 1/../x?y#z' });
    expect(objectId(only(shown, { ...OPTIONS, activityBase: `${BASE}/` }))).to.equal(
      `${BASE}/problems/p%201%2F..%2Fx%3Fy%23z`,
    );
  });

  it('gives activity types from the ADL vocabulary and parents for context', () => {
    const s = only(samples['problem.completed']);
    expect((s.object as XapiActivity).definition.type).to.equal('http://adlnet.gov/expapi/activities/question');
    expect(s.context.contextActivities?.parent?.map((a) => a.id)).to.deep.equal([`${BASE}/assignments/sb-1`]);
    expect(s.context.contextActivities?.grouping?.map((a) => a.id)).to.deep.equal([
      `${BASE}/sessions/session-1`,
      `${BASE}/skills/skill-1`,
    ]);
    expect(s.context.extensions).to.deep.equal({
      [`${EXT}event-id`]: samples['problem.completed'].id,
      [`${EXT}event-type`]: 'problem.completed',
      [`${EXT}group`]: 'group-1',
      [`${EXT}device`]: 'device-1',
      [`${EXT}seq`]: samples['problem.completed'].seq,
    });
    expect(s.context.platform).to.equal('Tutorkit');
  });

  it('reports an answer with its response, success and the checker details', () => {
    const s = only(samples['answer.submitted']);
    expect(s.result).to.deep.equal({
      response: '=HYPERLINK("http://x","5/6")',
      success: false,
      extensions: {
        [`${EXT}attempt`]: 1,
        [`${EXT}verdict`]: 'incorrect',
        [`${EXT}reason`]: 'numeric/not-equal',
        [`${EXT}wrong-answer`]: 0,
        [`${EXT}misconception`]: 'add-denominators',
      },
    });
    const log = new LogBuilder();
    const choice = log.add('answer.submitted', {
      assignment: 'a',
      problem: 'p',
      step: 's1',
      response: ['b', 'c'],
      attempt: 2,
      verdict: 'unreadable',
      reason: 'choice/none',
    });
    const c = only(choice);
    expect(c.result?.response).to.equal('b[,]c');
    expect(c.result).to.not.have.property('success');
    expect(objectId(c)).to.equal(`${BASE}/problems/p/steps/s1`);
  });

  it('reports a completed problem with its credit as the scaled score', () => {
    const s = only(samples['problem.completed']);
    expect(s.result).to.include({ completion: true, success: true });
    expect(s.result?.score).to.deep.equal({ scaled: 0.25 });
    expect(s.result?.extensions).to.include({ [`${EXT}first-try`]: false, [`${EXT}overridden`]: true });
    const log = new LogBuilder();
    const open = only(log.completed(false, { ungraded: true, credit: 0 }));
    expect(open.result).to.not.have.property('success');
    expect(open.result).to.not.have.property('score');
  });

  it('maps the other endings and mastery changes', () => {
    const log = new LogBuilder();
    const mastered = only(log.add('assignment.ended', { assignment: 'sb-1', reason: 'mastered' }));
    expect(mastered.verb.id).to.equal(`${VERB}completed`);
    expect(mastered.result).to.include({ completion: true, success: true });
    const lost = only(log.add('mastery.changed', { skill: 's', model: 'bkt', mastered: false, estimate: 0.9 }));
    expect(lost.verb.id).to.equal(`${VERB}progressed`);
    expect(lost.result).to.include({ success: false });
    expect(lost.result?.score).to.deep.equal({ scaled: 0.9 });
    const streak = only(log.add('mastery.changed', { skill: 's', model: 'streak', mastered: true, estimate: 3 }));
    expect(streak.result).to.not.have.property('score');
    const started = only(samples['session.started']);
    expect(started.context.language).to.equal('es');
    expect(started.context.extensions[`${EXT}pack`]).to.deep.equal({ id: 'tutorkit.fractions', version: '1.2.0' });
  });

  it('refuses options that are not absolute IRIs', () => {
    expect(() => eventToXapi(samples['problem.shown'], { ...OPTIONS, homePage: 'portal' })).to.throw(
      TypeError,
      /homePage/,
    );
    expect(() => eventToXapi(samples['problem.shown'], { ...OPTIONS, activityBase: '/xapi' })).to.throw(
      TypeError,
      /activityBase/,
    );
  });
});

describe('xAPI voiding', () => {
  it('voids the statement of the voided event with a StatementRef', () => {
    const samples = oneOfEachType();
    const s = only(samples['event.voided']);
    expect(s.verb).to.deep.equal({ id: 'http://adlnet.gov/expapi/verbs/voided', display: { 'en-US': 'voided' } });
    expect(s.object).to.deep.equal({ objectType: 'StatementRef', id: statementIdFor(samples['problem.shown'].id) });
    expect(s.object.id).to.equal(only(samples['problem.shown']).id);
    expect(s.result).to.equal(undefined);
  });

  it('sends the voided statement and its void, or neither', () => {
    const log = new LogBuilder();
    const wrong = log.completed(false);
    log.completed(true);
    const v = log.void(wrong.id);
    const all = eventsToXapi(log.events, OPTIONS);
    expect(all.map((s) => s.verb.display['en-US'])).to.deep.equal(['completed', 'completed', 'voided']);
    expect(all[2]?.object.id).to.equal(all[0]?.id);
    const clean = eventsToXapi(log.events, { ...OPTIONS, voided: 'omit' });
    expect(clean.map((s) => s.context.extensions[`${EXT}event-id`])).to.deep.equal(['e2']);
    expect(clean.map((s) => s.id)).to.not.include(statementIdFor(v.id));
  });

  it('does not void statements that were never sent', () => {
    const log = new LogBuilder();
    const note = log.add('tutor.note', { text: 'x', tutor: 't' });
    log.void(note.id);
    const v = log.void('elsewhere');
    const statements = eventsToXapi(log.events, OPTIONS);
    expect(statements.map((s) => s.id)).to.deep.equal([statementIdFor(v.id)]);
  });

  it('gives the same batch whatever the order and duplicates of the log', () => {
    const events = Object.values(oneOfEachType()) as TutorEvent[];
    const expected = eventsToXapi(events, OPTIONS);
    fc.assert(
      fc.property(fc.shuffledSubarray([...events, ...events.slice(0, 3)], { minLength: events.length + 3 }), (log) => {
        expect(eventsToXapi(log, OPTIONS)).to.deep.equal(expected);
      }),
      { numRuns: 100 },
    );
  });

  it('skips an event with a damaged timestamp instead of failing the batch', () => {
    const log = new LogBuilder('learner-a', T0);
    const bad = { ...log.completed(true), at: Number.NaN } as TutorEvent;
    expect(eventToXapi(bad, OPTIONS)).to.equal(undefined);
  });
});
