import { expect } from 'chai';
import fc from 'fast-check';
import type { TutorEvent } from '../events/types.js';
import { LogBuilder, oneOfEachType } from '../mastery/test-support/events.js';
import { CSV_COLUMNS, eventsToCsv, neutralizeFormula, quoteCsvField } from './csv.js';

/** A strict RFC 4180 reader: CRLF between records, quotes doubled inside quoted fields. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let fieldStart = true;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i += 1;
        const next = text[i];
        if (next !== undefined && next !== ',' && next !== '\r') throw new Error(`text after a closing quote at ${i}`);
      } else {
        field += c;
        i += 1;
      }
      continue;
    }
    if (c === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
      i += 1;
    } else if (c === ',') {
      record.push(field);
      field = '';
      fieldStart = true;
      i += 1;
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      fieldStart = true;
      i += 2;
    } else if (c === '\r' || c === '\n' || c === '"') {
      throw new Error(`bare ${JSON.stringify(c)} outside quotes at ${i}`);
    } else {
      field += c;
      fieldStart = false;
      i += 1;
    }
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || record.length > 0) throw new Error('the last record has no CRLF');
  return records;
}

/** Reads the export back into objects keyed by column name, undoing the formula protection. */
function readBack(csv: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(csv);
  expect(header).to.deep.equal(CSV_COLUMNS.map((c) => c.name));
  return rows.map((row) => {
    expect(row).to.have.length(CSV_COLUMNS.length);
    return Object.fromEntries(
      row.map((value, i) => [header?.[i] ?? '', value.startsWith("'") ? value.slice(1) : value]),
    );
  });
}

function answer(log: LogBuilder, response: string | readonly string[]) {
  return log.add('answer.submitted', {
    assignment: 'sb-1',
    problem: 'p1',
    response,
    attempt: 1,
    verdict: 'incorrect',
    reason: 'numeric/not-equal',
  });
}

describe('CSV columns', () => {
  it('are documented, unique and in the header', () => {
    const names = CSV_COLUMNS.map((c) => c.name);
    expect(new Set(names).size).to.equal(names.length);
    for (const c of CSV_COLUMNS) {
      expect(c.name).to.match(/^[a-z][a-z_]*$/);
      expect(c.description.length, c.name).to.be.greaterThan(10);
      expect(['text', 'number', 'boolean']).to.include(c.kind);
    }
    expect(eventsToCsv([])).to.equal(`${names.join(',')}\r\n`);
  });

  it('has a column for every payload field of every event type', () => {
    const events = Object.values(oneOfEachType()) as TutorEvent[];
    const rows = readBack(eventsToCsv(events));
    expect(rows.map((r) => r.type).sort()).to.deep.equal(events.map((e) => e.type).sort());
    const byType = new Map(rows.map((r) => [r.type, r]));
    expect(byType.get('session.started')).to.include({
      pack_id: 'tutorkit.fractions',
      pack_version: '1.2.0',
      locale: 'es',
    });
    expect(byType.get('answer.submitted')).to.include({
      response: '=HYPERLINK("http://x","5/6")',
      attempt: '1',
      verdict: 'incorrect',
      reason: 'numeric/not-equal',
      wrong_answer: '0',
      misconception: 'add-denominators',
    });
    expect(byType.get('problem.completed')).to.include({
      credit: '0.25',
      first_try: 'false',
      attempts: '2',
      hints: '1',
      bottom_out: 'false',
      overridden: 'true',
      ungraded: 'false',
      skill: 'skill-1',
    });
    expect(byType.get('mastery.changed')).to.include({ model: 'bkt', mastered: 'true', estimate: '0.96' });
    expect(byType.get('hint.revealed')).to.include({ hint_index: '0', bottom_out: 'false' });
    expect(byType.get('tutor.note')).to.include({
      text: 'Works well with, "pictures"\nneeds breaks',
      tutor: 'tutor-1',
    });
    expect(byType.get('tutor.reset')).to.include({ assignment: 'sb-1', tutor: 'tutor-1' });
    expect(byType.get('tutor.helped')).to.include({ problem: 'p1', tutor: 'tutor-1' });
    expect(byType.get('event.voided')).to.include({ target: 'e3', reason: 'device left on by mistake' });
    expect(byType.get('problem.shown')?.voided_by).to.equal(byType.get('event.voided')?.id);
    expect(byType.get('session.ended')).to.include({ reason: 'finished' });
    expect(byType.get('assignment.ended')).to.include({ reason: 'daily-limit' });
    expect(byType.get('assignment.started')).to.include({ kind: 'skill-builder', seed: 's1' });
  });

  it('writes the envelope: ids, ISO time and milliseconds', () => {
    const log = new LogBuilder('learner-7', Date.UTC(2026, 8, 1, 14, 3, 7, 123));
    log.completed(true);
    const [row] = readBack(eventsToCsv(log.events));
    expect(row).to.include({
      id: 'e1',
      v: '1',
      type: 'problem.completed',
      at_iso: '2026-09-01T14:03:07.123Z',
      at_ms: String(Date.UTC(2026, 8, 1, 14, 3, 7, 123)),
      learner: 'learner-7',
      group: 'group-1',
      session: 'session-1',
      device: 'device-1',
      seq: '0',
      voided_by: '',
      first_try: 'true',
    });
  });

  it('writes one row per event, deduplicated and in event order, with CRLF line ends', () => {
    const log = new LogBuilder();
    log.completed(true);
    log.completed(false);
    log.completed(true);
    const [a, b, c] = log.events;
    const csv = eventsToCsv([c, a, b, a] as TutorEvent[]);
    expect(csv.endsWith('\r\n')).to.equal(true);
    expect(csv.replaceAll('\r\n', '')).to.not.match(/[\r\n]/);
    expect(readBack(csv).map((r) => r.id)).to.deep.equal(['e1', 'e2', 'e3']);
  });

  it('can start with a byte order mark for Excel', () => {
    expect(eventsToCsv([], { bom: true }).startsWith('\uFEFFid,v,')).to.equal(true);
  });
});

describe('CSV quoting', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(quoteCsvField('plain')).to.equal('plain');
    expect(quoteCsvField('a,b')).to.equal('"a,b"');
    expect(quoteCsvField('say "hi"')).to.equal('"say ""hi"""');
    expect(quoteCsvField('two\nlines')).to.equal('"two\nlines"');
    expect(quoteCsvField('cr\rhere')).to.equal('"cr\rhere"');
  });

  it('writes option ids of a choice answer separated by |', () => {
    const log = new LogBuilder();
    answer(log, ['opt-a', 'opt-c']);
    expect(readBack(eventsToCsv(log.events))[0]?.response).to.equal('opt-a|opt-c');
  });
});

describe('CSV formula injection', () => {
  const cases: [string, string][] = [
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-3', "'-3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\r=x', `"'\r=x"`],
    ['  =1+1', "'  =1+1"],
    ['\n-2', `"'\n-2"`],
    ['＝1+1', "'＝1+1"],
    ["'quoted", "''quoted"],
    ['5/6', '5/6'],
    ['a=b', 'a=b'],
    ['', ''],
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
  ];
  for (const [response, expected] of cases) {
    it(`writes the response ${JSON.stringify(response)} as ${JSON.stringify(expected)}`, () => {
      const log = new LogBuilder();
      answer(log, response);
      const line = eventsToCsv(log.events).split('\r\n')[1] ?? '';
      // The raw response cell sits between the step cell (empty) and the attempt cell (1).
      expect(line).to.include(`,p1,,${expected},1,incorrect,`);
    });
  }

  it('leaves plain numbers in numeric columns alone, negative ones too', () => {
    const log = new LogBuilder('learner-a', -5000);
    log.add('mastery.changed', { skill: 's', model: 'streak', mastered: false, estimate: -0.5 });
    const row = parseCsv(eventsToCsv(log.events))[1] ?? [];
    const at = (name: string) => row[CSV_COLUMNS.findIndex((c) => c.name === name)];
    expect(at('at_ms')).to.equal('-5000');
    expect(at('estimate')).to.equal('-0.5');
    expect(at('at_iso')).to.equal('1969-12-31T23:59:55.000Z');
  });

  it('treats a numeric column holding text (a tampered event) as text', () => {
    const log = new LogBuilder();
    const event = { ...log.completed(true), seq: '=cmd|calc', credit: '-1+1', firstTry: '@x' } as unknown as TutorEvent;
    const row = parseCsv(eventsToCsv([event]))[1] ?? [];
    const at = (name: string) => row[CSV_COLUMNS.findIndex((c) => c.name === name)];
    expect(at('seq')).to.equal("'=cmd|calc");
    expect(at('credit')).to.equal("'-1+1");
    expect(at('first_try')).to.equal("'@x");
  });

  it('protects every untrusted text field, not just responses', () => {
    const log = new LogBuilder('=learner');
    log.add('tutor.note', { text: '-not a formula', tutor: '+tutor', problem: '@p' });
    log.add('tutor.override', { assignment: '=a', problem: 'p', reason: '=why', tutor: 't' });
    const csv = eventsToCsv(log.events);
    for (const record of parseCsv(csv).slice(1)) {
      for (const value of record) expect(value, value).to.not.match(/^\s*[=+\-@]/);
    }
  });

  it('round-trips any text: the cell without its first apostrophe is the value', () => {
    const tricky = fc.string({
      unit: fc.constantFrom(
        '=',
        '+',
        '-',
        '@',
        '\t',
        '\r',
        '\n',
        '"',
        ',',
        "'",
        ' ',
        'a',
        '5',
        '/',
        '＝',
        'ñ',
        '\u2028',
      ),
    });
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string({ unit: 'binary' })), tricky, tricky, (response, text, reason) => {
        const log = new LogBuilder();
        answer(log, response);
        log.add('tutor.note', { text, tutor: 't' });
        log.void('e1', reason);
        const rows = readBack(eventsToCsv(log.events));
        expect(rows[0]?.response).to.equal(response);
        expect(rows[1]?.text).to.equal(text);
        expect(rows[2]?.reason).to.equal(reason);
      }),
      { numRuns: 1000 },
    );
  });

  it('never leaves a cell that starts like a formula', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const safe = neutralizeFormula(text);
        expect(safe).to.not.match(/^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/);
        expect(safe).to.not.match(/^[\t\r]/);
      }),
      { numRuns: 2000 },
    );
  });
});
