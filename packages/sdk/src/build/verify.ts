/**
 * Build-time verification with the runtime's own engine: the answer key is accepted, no common
 * wrong answer is, and every TeX fragment renders. Core's `parsePack` (run after) checks shape,
 * references, standards and rich-text safety.
 */
import {
  type AnswerSpec,
  type CheckResult,
  checkWork,
  type ExpressionEngine,
  type Localizable,
  parseRichText,
  type RichBlock,
  type RichInline,
  type RichTextResult,
  type ScaffoldStep,
  type TextKind,
} from '@tutorkit/core';
import type { TexChecker } from './tex.js';

export interface Finding {
  readonly severity: 'error' | 'warning';
  readonly rule: string;
  readonly message: string;
  readonly pointer: string;
  readonly expected?: string;
  readonly found?: string;
}

export interface Verifier {
  readonly engine: ExpressionEngine;
  readonly tex: TexChecker;
  readonly locales: readonly string[];
  readonly rich: Map<string, RichTextResult>;
}

type Work = Pick<ScaffoldStep, 'answer' | 'wrongAnswers'>;

/** The answer key as a student would enter it, with the locale to check it in. */
function keyResponses(
  answer: AnswerSpec,
  locales: readonly string[],
): { response: string | string[]; locale: string }[] {
  const first = locales[0] ?? 'en';
  switch (answer.kind) {
    case 'numeric':
      // Written in the pack's (English) conventions, exactly as the author wrote it.
      return [{ response: String(answer.value), locale: 'en' }];
    case 'expression':
      return [{ response: answer.value, locale: first }];
    case 'choice':
      return [{ response: [...answer.correct], locale: first }];
    case 'text':
      if (Array.isArray(answer.accept)) return [{ response: answer.accept[0] ?? '', locale: first }];
      return Object.entries(answer.accept as Record<string, string[]>).map(([locale, list]) => ({
        response: list[0] ?? '',
        locale,
      }));
    case 'open':
      return [];
  }
}

function describe(result: CheckResult): string {
  return `${result.verdict} (${result.reason})`;
}

/** Checks one problem or scaffold step's answer key and wrong answers. */
export function verifyWork(work: Work, at: string, v: Verifier, out: Finding[]): void {
  const options = (locale: string) => ({ locale, expressions: v.engine });
  for (const { response, locale } of keyResponses(work.answer, v.locales)) {
    const result = checkWork({ answer: work.answer }, response, options(locale));
    if (result.verdict === 'correct') continue;
    const shown = Array.isArray(response) ? response.join(', ') : response;
    const acceptedValue = result.verdict === 'wrong-form' || result.verdict === 'needs-simplifying';
    out.push({
      severity: acceptedValue ? 'warning' : 'error',
      rule: acceptedValue ? 'answer/key-form' : 'answer/key-rejected',
      message: acceptedValue
        ? `the answer key "${shown}" is the right value but the checker answers ${describe(result)}: write it in a form the problem accepts`
        : `the checker does not accept the answer key "${shown}": ${describe(result)}`,
      pointer: `${at}/answer`,
      expected: 'correct',
      found: result.verdict,
    });
  }
  if (work.answer.kind === 'open') return;
  (work.wrongAnswers ?? []).forEach((w, j) => {
    let matched = false;
    for (const locale of v.locales) {
      const result = checkWork(work, w.match, options(locale));
      const shown = typeof w.match === 'string' ? w.match : w.match.join(', ');
      if (result.verdict === 'correct') {
        out.push({
          severity: 'error',
          rule: 'wrong-answer/equals-correct',
          message: `the common wrong answer "${shown}" is accepted as correct by the checker${v.locales.length > 1 ? ` (locale ${locale})` : ''}`,
          pointer: `${at}/wrongAnswers/${j}/match`,
          expected: 'a response the checker does not accept',
          found: JSON.stringify(shown),
        });
        return;
      }
      if (result.wrongAnswer === j) matched = true;
    }
    if (!matched) {
      out.push({
        severity: 'warning',
        rule: 'wrong-answer/never-matched',
        message: `the common wrong answer "${typeof w.match === 'string' ? w.match : w.match.join(', ')}" never gets its feedback: it is unreadable or an earlier wrong answer matches it first`,
        pointer: `${at}/wrongAnswers/${j}/match`,
      });
    }
  });
}

function collectInline(nodes: readonly RichInline[], out: { tex: string; display: boolean }[]): void {
  for (const node of nodes) {
    if (node.type === 'math') out.push({ tex: node.tex, display: node.display });
    else if (node.type === 'strong' || node.type === 'emphasis') collectInline(node.children, out);
  }
}

function collectBlocks(blocks: readonly RichBlock[], out: { tex: string; display: boolean }[]): void {
  for (const block of blocks) {
    if (block.type === 'math') out.push({ tex: block.tex, display: true });
    else if (block.type === 'paragraph') collectInline(block.children, out);
    else for (const item of block.items) collectBlocks(item, out);
  }
}

/** Renders the TeX of one rich text (every locale). Rich-text errors are left to `parsePack`. */
export function verifyText(pointer: string, value: Localizable, kind: TextKind, v: Verifier, out: Finding[]): void {
  if (kind !== 'rich') return;
  const entries: [string, string][] =
    typeof value === 'string'
      ? [[pointer, value]]
      : Object.entries(value as Record<string, string>).map(([l, s]) => [`${pointer}/${l}`, s]);
  for (const [at, source] of entries) {
    let parsed = v.rich.get(source);
    if (!parsed) {
      parsed = parseRichText(source);
      v.rich.set(source, parsed);
    }
    if (!parsed.ok) continue;
    const fragments: { tex: string; display: boolean }[] = [];
    collectBlocks(parsed.blocks, fragments);
    for (const { tex, display } of fragments) {
      const problem = v.tex.check(tex, display);
      if (problem) out.push({ ...problem, pointer: at });
    }
  }
}
