import { ContextConsumer } from '@lit/context';
import {
  type Hint,
  type Problem,
  type ProblemState,
  type ScaffoldStep,
  textFor,
  type WrongAnswer,
} from '@tutorkit/core';
import { html, LitElement, nothing } from 'lit';
import { LangController } from '../internal/i18n.js';
import { renderRichText } from '../internal/rich-text.js';
import { type SeatContextValue, seatContext } from '../tutor-session/seat-context.js';
import { strings } from './tutor-problem.strings.js';
import { styles } from './tutor-problem.styles.js';

/** What an answer element's submit event carries. */
interface SubmitEvent extends Event {
  readonly response: string | readonly string[];
}

/**
 * The problem on screen in a `<tutor-session>`: stem, answer box, feedback, hint ladder and,
 * on request, the problem broken into steps. Reads everything from the seat's context and sends
 * every action back through it.
 *
 * @csspart stem - the question
 * @csspart steps - the scaffold steps
 * @csspart steps-button - "Break this problem into steps"
 */
export class TutorProblem extends LitElement {
  /** The element's shadow-DOM styles. */
  static override styles = styles;

  private readonly seat = new ContextConsumer(this, { context: seatContext, subscribe: true });

  private get ctx(): SeatContextValue | undefined {
    return this.seat.value;
  }

  private text(value: string | Record<string, string>): string {
    const ctx = this.ctx;
    if (!ctx) return '';
    return textFor<string>(value, ctx.locale, ctx.pack.locales[0] ?? 'en');
  }

  readonly #lang = new LangController(this);

  private ui(key: keyof (typeof strings)['en']): string {
    return this.#lang.strings(strings)[key];
  }

  private hints(hints: readonly Hint[] | undefined) {
    return (hints ?? []).map((h) => ({ text: this.text(h.text), bottomOut: h.bottomOut === true }));
  }

  private feedbackText(wrong: readonly WrongAnswer[] | undefined, index: number | undefined): string | undefined {
    const found = index === undefined ? undefined : wrong?.[index];
    return found ? this.text(found.feedback) : undefined;
  }

  private submit(event: Event, step?: string): void {
    event.stopPropagation();
    const response = (event as SubmitEvent).response;
    void this.ctx?.dispatch({ type: 'submit', response, ...(step === undefined ? {} : { step }) });
  }

  private requestHint(event: Event, step?: string): void {
    event.stopPropagation();
    void this.ctx?.dispatch({ type: 'reveal-hint', ...(step === undefined ? {} : { step }) });
  }

  private renderStep(step: ScaffoldStep, index: number, current: ProblemState) {
    const ctx = this.ctx as SeatContextValue;
    const progress = current.steps[step.id];
    const result = ctx.lastResult?.step === step.id ? ctx.lastResult : undefined;
    const label = `${this.ui('step')} ${index + 1}`;
    return html`<li class="step">
      ${renderRichText(this.text(step.stem))}
      <tutor-answer .answer=${step.answer} label=${label} ?disabled=${progress?.done || current.completed || ctx.busy}
        @tutor-answer-submit=${(e: Event) => this.submit(e, step.id)}></tutor-answer>
      ${result ? html`<tutor-feedback .result=${result} .feedback=${this.feedbackText(step.wrongAnswers, result.wrongAnswer)}></tutor-feedback>` : nothing}
      ${
        step.hints?.length
          ? html`<tutor-hint-ladder .hints=${this.hints(step.hints)} .revealed=${progress?.hints ?? 0}
            @tutor-hint-request=${(e: Event) => this.requestHint(e, step.id)}></tutor-hint-ladder>`
          : nothing
      }
    </li>`;
  }

  override render() {
    const ctx = this.ctx;
    const current = ctx?.state.run?.current;
    const problem: Problem | undefined = current && ctx?.pack.problems.find((p) => p.id === current.id);
    if (!ctx || !current || !problem) return nothing;
    const result = ctx.lastResult && ctx.lastResult.step === undefined ? ctx.lastResult : undefined;
    return html`
      <div part="stem" class="stem">${renderRichText(this.text(problem.stem))}</div>
      <tutor-answer .answer=${problem.answer} label=${this.ui('answer')} ?disabled=${current.completed || ctx.busy}
        @tutor-answer-submit=${(e: Event) => this.submit(e)}></tutor-answer>
      ${result ? html`<tutor-feedback .result=${result} .feedback=${this.feedbackText(problem.wrongAnswers, result.wrongAnswer)}></tutor-feedback>` : nothing}
      ${
        current.completed
          ? nothing
          : html`<tutor-hint-ladder .hints=${this.hints(problem.hints)} .revealed=${current.hints}
            @tutor-hint-request=${(e: Event) => this.requestHint(e)}></tutor-hint-ladder>`
      }
      ${
        problem.scaffold && !current.completed
          ? current.scaffoldOpened
            ? html`<section part="steps" aria-label=${this.ui('steps')}><ol>${problem.scaffold.map((s, i) => this.renderStep(s, i, current))}</ol></section>`
            : html`<button part="steps-button" class="steps-button" ?disabled=${ctx.busy}
              @click=${() => ctx.dispatch({ type: 'open-scaffold' })}>${this.ui('breakDown')}</button>`
          : nothing
      }
    `;
  }
}
