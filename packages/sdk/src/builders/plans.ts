/** Session plans: a timed agenda for the tutor, each segment with its assignment and a short script. */
import type { AssignmentHandle, AssignmentRef } from './assignments.js';
import type { Known, LocaleRef, Localized, Text } from './locales.js';
import type { RawText } from './raw.js';
import { callSite, type SourceLocation } from './source.js';

/** Fields every plan segment has. */
export interface SegmentCommon<L extends string> {
  readonly minutes: number;
  readonly title?: Text<L>;
  /** What the tutor says or does, in a sentence or two. */
  readonly script?: Text<L>;
}

/** Practice, check and exit-ticket segments need an assignment; warm-up and discussion may have one. */
export type SegmentOptions<L extends string> = SegmentCommon<L> &
  (
    | { readonly kind: 'practice' | 'check' | 'exit-ticket'; readonly assignment: AssignmentRef<L> }
    | { readonly kind: 'warm-up' | 'discussion'; readonly assignment?: AssignmentRef<L> }
  );

export interface Segment<L extends string = never> extends Localized<L> {
  /** @internal what the build reads */
  readonly spec: {
    readonly kind: SegmentOptions<string>['kind'];
    readonly minutes: number;
    readonly title?: RawText;
    readonly script?: RawText;
    readonly assignment?: AssignmentHandle;
  };
}

export function segment<L extends string = never>(options: SegmentOptions<L>): Segment<Known<L>> {
  return { spec: options as unknown as Segment['spec'] };
}

export interface PlanOptions<L extends string> {
  readonly id: string;
  readonly title: Text<L>;
  /** Total length; the segments must add up to it. */
  readonly minutes?: number;
  readonly segments: readonly [
    LocaleRef<L> & { readonly spec: unknown },
    ...(LocaleRef<L> & { readonly spec: unknown })[],
  ];
}

export interface PlanHandle<L extends string = never> extends Localized<L> {
  readonly kind: 'plan';
  readonly id: string;
  /** @internal what the build reads */
  readonly spec: { readonly title: RawText; readonly minutes?: number; readonly segments: readonly Segment[] };
  readonly source: SourceLocation | undefined;
}

export type PlanRef<L extends string> = { readonly kind: 'plan'; readonly id: string } & LocaleRef<L>;

/** A session agenda: warm-up, practice, check, exit ticket… with minutes and a script. */
export function plan<L extends string = never>(options: PlanOptions<L>): PlanHandle<Known<L>> {
  const { id, title, minutes, segments } = options;
  return {
    kind: 'plan',
    id,
    spec: { title, ...(minutes === undefined ? {} : { minutes }), segments: segments as unknown as readonly Segment[] },
    source: callSite(plan),
  };
}
