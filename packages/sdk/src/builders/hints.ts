/**
 * Hint ladders. A bottom-out hint gives the answer away, so the types allow it only as the last
 * rung: `[hint(…), hint(…), bottomOut(…)]` type-checks, `[bottomOut(…), hint(…)]` does not.
 */
import type { Known, LocaleRef, Localized, Text } from './locales.js';

/** A hint that nudges without giving the answer. */
export interface Hint<L extends string = never> extends Localized<L> {
  readonly text: Text<L>;
  readonly bottomOut?: false;
}

/** The last hint of a ladder, which shows the answer (or the worked step that gives it). */
export interface BottomOutHint<L extends string = never> extends Localized<L> {
  readonly text: Text<L>;
  readonly bottomOut: true;
}

export function hint<L extends string = never>(text: Text<L>): Hint<Known<L>> {
  return { text } as Hint<Known<L>>;
}

export function bottomOut<L extends string = never>(text: Text<L>): BottomOutHint<Known<L>> {
  return { text, bottomOut: true } as BottomOutHint<Known<L>>;
}

// Refs hold the discriminant and the locale marker only: the texts were checked by `hint`.
/** A hint as a ladder sees it: any hint that does not give the answer away. */
export type HintRef<L extends string> = { readonly text: Text<string>; readonly bottomOut?: false } & LocaleRef<L>;
/** The hint that shows the answer; only the last rung of a ladder. */
export type BottomOutRef<L extends string> = { readonly text: Text<string>; readonly bottomOut: true } & LocaleRef<L>;

/** At least one hint; if a bottom-out hint is present, it is the last. */
export type HintLadder<L extends string> =
  | readonly [HintRef<L>, ...HintRef<L>[]]
  | readonly [...HintRef<L>[], BottomOutRef<L>];
