/** Common wrong answers and the misconceptions they reveal. */
import type { Known, LocaleRef, Localized, Text } from './locales.js';
import type { RawMisconception } from './raw.js';
import { callSite, type SourceLocation } from './source.js';

export interface MisconceptionOptions<L extends string> {
  readonly id: string;
  readonly title: Text<L>;
  readonly description?: Text<L>;
}

/** A named misconception; wrong answers point at it so the tutor sees when students share one. */
export interface MisconceptionHandle<L extends string = never> extends Localized<L> {
  readonly kind: 'misconception';
  readonly id: string;
  /** @internal what the build reads */
  readonly options: RawMisconception['options'];
  readonly source: SourceLocation | undefined;
}

export type MisconceptionRef<L extends string> = { readonly kind: 'misconception'; readonly id: string } & LocaleRef<L>;

export function misconception<L extends string = never>(
  options: MisconceptionOptions<L>,
): MisconceptionHandle<Known<L>> {
  return { kind: 'misconception', id: options.id, options, source: callSite(misconception) };
}

export interface WrongAnswerOptions<M, L extends string> {
  /** The response as a student would type it, or (for choice answers) the chosen option ids. */
  readonly match: M;
  /** What the student reads. */
  readonly feedback: Text<L>;
  /** The misconception this answer reveals (a handle). */
  readonly misconception?: MisconceptionRef<L>;
  /** What the tutor can ask or do. */
  readonly tutorMove: Text<L>;
}

/** A built common wrong answer. */
export interface WrongAnswer<M = string | readonly string[], L extends string = never> extends Localized<L> {
  readonly match: M;
  readonly feedback: Text<string>;
  readonly misconception?: { readonly kind: 'misconception'; readonly id: string };
  readonly tutorMove: Text<string>;
}

/** A common wrong answer: what matches, the student's feedback, the misconception, the tutor move. */
export function wrongAnswer<const M extends string | readonly string[], L extends string = never>(
  options: WrongAnswerOptions<M, L>,
): WrongAnswer<M, Known<L>> {
  return options as WrongAnswer<M, Known<L>>;
}

export type WrongAnswerRef<M, L extends string> = { readonly match: M } & LocaleRef<L>;
