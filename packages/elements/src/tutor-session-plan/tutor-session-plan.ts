import { type Pack, type Plan, type PlanSegment, textFor } from '@tutorkit/core';
import type { LiveChannel } from '@tutorkit/sync';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { effectiveLang, format, LangController } from '../internal/i18n.js';
import { renderRichText } from '../internal/rich-text.js';
import { clockText, SegmentTimer } from './plan-timer.js';
import { TutorSegmentChangeEvent } from './tutor-session-plan.events.js';
import { type SessionPlanStrings, strings } from './tutor-session-plan.strings.js';
import { styles } from './tutor-session-plan.styles.js';

/**
 * The session agenda from the pack's plan: each segment (warm-up, practice, check for
 * understanding, exit ticket, talk) with its minutes, what it is for and the tutor's script, and a
 * timer for the current segment. Starting the session and "next segment" send a command on the
 * live `channel` that makes the students' seats start the segment's assignment.
 *
 * @fires tutor-segment-change - the session moved to another segment
 * @csspart timer - the current segment's timer (`data-over` once past its minutes)
 * @csspart clock - the time left (or over) in the segment
 * @csspart controls - the start, pause and next buttons
 * @csspart button - every button
 * @csspart segments - the list of segments
 * @csspart segment - one segment (`aria-current="step"` on the current one)
 * @csspart script - the current segment's tutor script
 * @cssprop --tutor-plan-current-color - accent of the current segment
 * @cssprop --tutor-color-text - text color
 * @cssprop --tutor-color-surface - background color
 */
export class TutorSessionPlan extends LitElement {
  /** The element's shadow-DOM styles. */
  static override styles = styles;

  /** The pack whose plan is shown. */
  @property({ attribute: false }) accessor pack: Pack | undefined;
  /** The plan id; the pack's first plan when empty. */
  @property() accessor plan = '';
  /** The group's live channel: segment changes are sent to the students' seats on it. */
  @property({ attribute: false }) accessor channel: LiveChannel | undefined;
  /** The clock (ms since the epoch); injectable for tests. */
  @property({ attribute: false }) accessor clock: () => number = () => Date.now();
  /** How often the timer is redrawn, in ms (0: never on its own). */
  @property({ type: Number }) accessor tick = 1000;

  /** The current segment, or -1 before the session starts; `segments.length` once done. */
  @state() accessor current = -1;
  @state() private accessor said = '';

  readonly #lang = new LangController(this);
  readonly #timer = new SegmentTimer();
  #interval: ReturnType<typeof setInterval> | undefined;

  private get t(): SessionPlanStrings {
    return this.#lang.strings(strings);
  }

  private get locale(): string {
    return effectiveLang(this) || this.pack?.locales[0] || 'en';
  }

  /** The plan shown. */
  get selectedPlan(): Plan | undefined {
    const plans = this.pack?.plans ?? [];
    return this.plan ? plans.find((p) => p.id === this.plan) : plans[0];
  }

  #text(value: Parameters<typeof textFor<string>>[0]): string {
    return textFor<string>(value, this.locale, this.pack?.locales[0] ?? 'en');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#restartInterval();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#interval);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tick')) this.#restartInterval();
    if (changed.has('pack') || changed.has('plan')) {
      if (changed.get('pack') !== undefined || changed.get('plan') !== undefined) this.current = -1;
    }
  }

  #restartInterval(): void {
    clearInterval(this.#interval);
    if (this.tick > 0 && this.isConnected) this.#interval = setInterval(() => this.requestUpdate(), this.tick);
  }

  #title(segment: PlanSegment): string {
    return segment.title ? this.#text(segment.title) : this.t.kinds[segment.kind];
  }

  /** Moves to segment `index`: restarts the timer and tells the seats to start its assignment. */
  goTo(index: number): void {
    const segments = this.selectedPlan?.segments ?? [];
    const target = Math.max(0, Math.min(index, segments.length));
    this.current = target;
    this.#timer.restart(this.clock());
    const segment = segments[target];
    if (segment === undefined) {
      this.#timer.pause(this.clock());
      this.said = this.t.finished;
    } else {
      const title = this.#title(segment);
      this.said = format(this.t.nowOn, { title });
      if (segment.assignment && this.channel) {
        this.channel.publish({
          kind: 'command',
          command: {
            type: 'start-assignment',
            assignment: segment.assignment,
            segment: target,
            ...(this.selectedPlan ? { plan: this.selectedPlan.id } : {}),
          },
          at: this.clock(),
        });
        this.said += ` ${format(this.t.sentToSeats, { title: this.#assignmentTitle(segment.assignment) })}`;
      }
    }
    const change = new TutorSegmentChangeEvent(target, segment);
    this.dispatchEvent(change);
  }

  /** Goes to the next segment (or starts the session). */
  next(): void {
    this.goTo(this.current + 1);
  }

  #assignmentTitle(id: string): string {
    const found = this.pack?.assignments?.find((a) => a.id === id);
    return found ? this.#text(found.title) : id;
  }

  #toggle(): void {
    if (this.#timer.running) this.#timer.pause(this.clock());
    else this.#timer.resume(this.clock());
    this.requestUpdate();
  }

  #timerView(segment: PlanSegment) {
    const t = this.t;
    const left = segment.minutes * 60_000 - this.#timer.elapsed(this.clock());
    const words = format(left >= 0 ? t.left : t.over, { time: clockText(left) });
    return html`<div part="timer" class="timer" ?data-over=${left < 0}>
      <span part="clock" class="clock">${words}</span>
    </div>`;
  }

  #segmentView(segment: PlanSegment, index: number) {
    const t = this.t;
    const isCurrent = index === this.current;
    return html`<li part="segment" class="segment" aria-current=${isCurrent ? 'step' : nothing} ?data-done=${index < this.current}
        data-kind=${segment.kind}>
      <h3>${this.#title(segment)}</h3>
      <p class="meta">${t.kinds[segment.kind]} · ${format(t.minutes, { n: segment.minutes })}</p>
      <p class="purpose">${t.purposes[segment.kind]}</p>
      ${segment.assignment ? html`<p class="assignment">${format(t.assignment, { title: this.#assignmentTitle(segment.assignment) })}</p>` : nothing}
      ${
        isCurrent && segment.script
          ? html`<div part="script" class="script"><p class="label">${t.script}</p><div class="rich">${renderRichText(this.#text(segment.script))}</div></div>`
          : nothing
      }
    </li>`;
  }

  override render() {
    const t = this.t;
    const plan = this.selectedPlan;
    if (!plan) return html`<p>${t.noPlan}</p>`;
    const segments = plan.segments;
    const segment = segments[this.current];
    const done = this.current >= segments.length;
    return html`
      <h2>${this.#text(plan.title)}</h2>
      ${segment ? this.#timerView(segment) : nothing}
      <div part="controls" class="buttons">
        ${
          this.current < 0
            ? html`<button part="button" data-action="start" @click=${() => this.next()}>${t.start}</button>`
            : done
              ? nothing
              : html`<button part="button" data-action="timer" @click=${() => this.#toggle()}>
                    ${this.#timer.running ? t.pause : t.resume}
                  </button>
                  <button part="button" data-action="next" @click=${() => this.next()}>${t.next}</button>`
        }
      </div>
      <p class="visually-hidden" role="status">${this.said}</p>
      ${done ? html`<p>${t.finished}</p>` : nothing}
      <ol part="segments" class="segments" aria-label=${t.label}>
        ${segments.map((s, i) => this.#segmentView(s, i))}
      </ol>
    `;
  }
}
