/**
 * Roster import: a CSV with a `name` column (required) and an optional `learner` column (an
 * opaque reference from the school's system; made up when absent). Names stay in the roster table.
 */
import { parse } from 'csv-parse/sync';

export interface CsvStudent {
  readonly name: string;
  readonly learner?: string;
}

export type CsvResult = { ok: true; students: CsvStudent[] } | { ok: false; reason: string };

const LEARNER = /^[A-Za-z0-9._:~-]{1,128}$/;

export function readRosterCsv(text: string): CsvResult {
  let rows: Record<string, string>[];
  try {
    rows = parse(text, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      bom: true,
      max_record_size: 4096,
    });
  } catch (error) {
    return { ok: false, reason: `not a readable CSV: ${(error as Error).message}` };
  }
  if (rows.length === 0) return { ok: false, reason: 'the CSV has a header but no students' };
  if (!('name' in (rows[0] as object))) return { ok: false, reason: 'the CSV needs a "name" column' };
  const students: CsvStudent[] = [];
  for (const [i, row] of rows.entries()) {
    const name = row.name ?? '';
    if (!name || name.length > 80) return { ok: false, reason: `row ${i + 2}: the name must have 1–80 characters` };
    const learner = row.learner || undefined;
    if (learner !== undefined && !LEARNER.test(learner))
      return { ok: false, reason: `row ${i + 2}: learner must be 1–128 characters of A–Z a–z 0–9 . _ : ~ -` };
    students.push(learner ? { name, learner } : { name });
  }
  return { ok: true, students };
}
