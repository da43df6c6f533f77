/**
 * Answer builders. Each returns the answer exactly as the pack format stores it (plus a
 * type-only locale marker), so what an author writes is what a reviewer reads in the JSON.
 */
import type { NumericForm } from '@tutorkit/core';
import type { Known, Localized, Text } from './locales.js';

export interface NumericOptions<L extends string> {
  /** The correct value: a number, or exact text such as `'5/6'`, `'1 1/2'` or `'75%'`. */
  readonly value: number | string;
  readonly tolerance?: { readonly absolute?: number; readonly relative?: number };
  /** Forms a student may answer in; any when omitted. */
  readonly forms?: readonly NumericForm[];
  /** `required` asks to simplify (not marked wrong); `enforced` marks unsimplified answers wrong. */
  readonly simplest?: 'optional' | 'required' | 'enforced';
  readonly unit?: Text<L>;
}

export interface NumericAnswer<L extends string = never> extends NumericOptions<L>, Localized<L> {
  readonly kind: 'numeric';
}

/** A number, checked exactly (or within `tolerance`) in any of the accepted `forms`. */
export function numeric<L extends string = never>(options: NumericOptions<L>): NumericAnswer<Known<L>> {
  return { kind: 'numeric', ...options } as NumericAnswer<Known<L>>;
}

export interface ExpressionOptions {
  /** The correct expression in ASCII math, e.g. `'3/4*n+1/2'`. */
  readonly value: string;
  readonly variables?: readonly string[];
  readonly form?: 'any' | 'expanded' | 'factored' | 'simplified';
}

export interface ExpressionAnswer extends ExpressionOptions {
  readonly kind: 'expression';
}

/** An algebraic expression, compared for equivalence (and form) by the expression engine. */
export function expression(options: ExpressionOptions): ExpressionAnswer {
  return { kind: 'expression', ...options };
}

export interface ChoiceOption<Id extends string, L extends string> {
  readonly id: Id;
  readonly text: Text<L>;
}

export interface ChoiceOptions<Id extends string, L extends string> {
  /** Defaults to `multiple` when more than one option is correct, else `single`. */
  readonly select?: 'single' | 'multiple';
  readonly options: readonly ChoiceOption<Id, L>[];
  /** Ids of the correct options: only ids of `options` type-check. */
  readonly correct: readonly NoInfer<Id>[];
  readonly shuffle?: boolean;
}

export interface ChoiceAnswer<Id extends string = string, L extends string = never> extends Localized<L> {
  readonly kind: 'choice';
  readonly select: 'single' | 'multiple';
  readonly options: readonly ChoiceOption<Id, L>[];
  readonly correct: readonly Id[];
  readonly shuffle?: boolean;
}

/** Single or multiple choice; `correct` is typed to the ids of `options`. */
export function choice<const Id extends string, L extends string = never>(
  options: ChoiceOptions<Id, L>,
): ChoiceAnswer<Id, Known<L>> {
  const { select = options.correct.length > 1 ? 'multiple' : 'single', ...rest } = options;
  return { kind: 'choice', select, ...rest } as ChoiceAnswer<Id, Known<L>>;
}

export interface TextOptions<L extends string> {
  /** Accepted answers, or accepted answers per locale. */
  readonly accept: readonly string[] | { readonly [K in L]: readonly string[] };
  readonly caseSensitive?: boolean;
}

export interface TextAnswer<L extends string = never> extends TextOptions<L>, Localized<L> {
  readonly kind: 'text';
}

/** A short typed word or phrase, compared with the accepted strings. */
export function text<L extends string = never>(options: TextOptions<L>): TextAnswer<Known<L>> {
  return { kind: 'text', ...options } as TextAnswer<Known<L>>;
}

export interface OpenOptions<L extends string> {
  readonly rubric?: Text<L>;
  readonly points?: number;
}

export interface OpenAnswer<L extends string = never> extends OpenOptions<L>, Localized<L> {
  readonly kind: 'open';
}

/** A free answer scored later by the tutor; it cannot have common wrong answers. */
export function open<L extends string = never>(options: OpenOptions<L> = {}): OpenAnswer<Known<L>> {
  return { kind: 'open', ...options } as OpenAnswer<Known<L>>;
}

/** The shape every built answer has; builders take it as a constraint. */
export interface AnswerShape {
  readonly kind: 'numeric' | 'expression' | 'choice' | 'text' | 'open';
}

/** What a common wrong answer's `match` is for an answer: option ids for choice, else text. */
export type MatchFor<A> = A extends { readonly kind: 'choice'; readonly correct: readonly (infer Id)[] }
  ? readonly Id[]
  : string;
