import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { format, LangController } from '../internal/i18n.js';
import { sharedStyles } from '../internal/styles.js';
import { strings } from './tutor-mastery-check.strings.js';
import { styles } from './tutor-mastery-check.styles.js';

function finite(value: number, fallback: number): number {
  return Number.isFinite(value) ? value : fallback;
}

/**
 * Progress toward mastering a skill, for the student: a streak of first-try right answers
 * (ASSISTments skill builder) or, with `model="bkt"`, how close the estimate is to the mastery
 * threshold. Also the daily count, the "come back tomorrow" message when the daily limit is
 * reached, and a calm celebration on mastery (no motion when reduced motion is asked for).
 *
 * The meter is a `role="progressbar"` with `aria-valuenow/min/max` and a spoken
 * `aria-valuetext`; mastery and the daily limit are announced through a polite live region.
 *
 * @csspart base - the wrapper, with `data-state` = `progress` | `mastered` | `locked`.
 * @csspart label - the "Progress on this skill" label.
 * @csspart meter - the progressbar.
 * @csspart step - each streak step (streak model); `step filled` for the ones earned.
 * @csspart bar - the bar's filled part (bkt model).
 * @csspart text - the progress in words.
 * @csspart goal - what to do to master the skill.
 * @csspart today - the daily count.
 * @csspart status - the live region with the mastery / daily-limit message.
 *
 * @cssprop --tutor-mastery-color - filled steps and bar (default green).
 * @cssprop --tutor-mastery-track - empty steps and track.
 * @cssprop --tutor-mastery-text - text colour.
 * @cssprop --tutor-mastery-size - size of a streak step (default 1.5rem).
 */
export class TutorMasteryCheck extends LitElement {
  /** The element's shadow-DOM styles. */
  static override styles = [sharedStyles, styles];

  /** `streak` (N right in a row) or `bkt` (Bayesian Knowledge Tracing estimate). */
  @property({ reflect: true }) accessor model: 'streak' | 'bkt' = 'streak';

  /** Current run of first-try right answers (streak model). */
  @property({ type: Number }) accessor streak = 0;

  /** Right answers in a row needed (streak model). */
  @property({ type: Number }) accessor target = 3;

  /** Probability the skill is known, 0–1 (bkt model). */
  @property({ type: Number, attribute: 'p-known' }) accessor pKnown = 0;

  /** pKnown at which the skill counts as mastered (bkt model). */
  @property({ type: Number }) accessor threshold = 0.95;

  /** The skill is mastered. */
  @property({ type: Boolean, reflect: true }) accessor mastered = false;

  /** The daily limit is reached: no more problems today. */
  @property({ type: Boolean, reflect: true }) accessor locked = false;

  /** Problems done today. */
  @property({ type: Number, attribute: 'done-today' }) accessor doneToday = 0;

  /** Problems allowed per day (0 hides the daily count). */
  @property({ type: Number, attribute: 'daily-limit' }) accessor dailyLimit = 10;

  readonly #lang = new LangController(this);

  /** Progress as [now, max] for the progressbar. */
  get progress(): readonly [now: number, max: number] {
    if (this.model === 'bkt') {
      const threshold = Math.max(0.01, Math.min(1, finite(this.threshold, 0.95)));
      const ratio = this.mastered ? 1 : Math.max(0, Math.min(1, finite(this.pKnown, 0) / threshold));
      return [Math.round(ratio * 100), 100];
    }
    const target = Math.max(1, Math.round(finite(this.target, 3)));
    const streak = this.mastered ? target : Math.max(0, Math.min(target, Math.round(finite(this.streak, 0))));
    return [streak, target];
  }

  /**
   * The bar's width is set through the CSSOM after each render: a `style` attribute (which
   * Lit's styleMap writes on first render) is refused by a strict `style-src` policy.
   */
  protected override updated(): void {
    const bar = this.renderRoot.querySelector<HTMLElement>('.bar');
    if (bar) bar.style.width = `${this.progress[0]}%`;
  }

  protected override render() {
    const t = this.#lang.strings(strings);
    const [now, max] = this.progress;
    const text =
      this.model === 'bkt' ? format(t.bktText, { percent: now }) : format(t.streakText, { n: now, target: max });
    const valueText = this.mastered ? `${text}. ${t.mastered}` : text;
    const state = this.mastered ? 'mastered' : this.locked ? 'locked' : 'progress';
    const limit = Math.max(0, Math.round(finite(this.dailyLimit, 0)));
    const done = Math.max(0, Math.round(finite(this.doneToday, 0)));
    const meter =
      this.model === 'bkt'
        ? html`<div class="track" aria-hidden="true">
            <div part="bar" class="bar"></div>
          </div>`
        : html`<div class="steps" aria-hidden="true">
            ${Array.from(
              { length: max },
              (_, i) => html`<span part=${i < now ? 'step filled' : 'step'} class=${i < now ? 'step filled' : 'step'}
                >${i < now ? '★' : '☆'}</span
              >`,
            )}
          </div>`;
    return html`<div part="base" class="base" data-state=${state}>
      <span part="label" class="label" id="label">${t.label}</span>
      <div
        part="meter"
        class="meter"
        role="progressbar"
        aria-labelledby="label"
        aria-valuemin="0"
        aria-valuemax=${max}
        aria-valuenow=${now}
        aria-valuetext=${valueText}
      >
        ${meter}
      </div>
      <p part="text" class="text">${text}</p>
      ${this.mastered || this.locked ? nothing : html`<p part="goal" class="goal">${this.model === 'bkt' ? t.bktGoal : format(t.streakGoal, { target: max })}</p>`}
      ${limit > 0 ? html`<p part="today" class="today">${format(t.today, { done: Math.min(done, limit), limit })}</p>` : nothing}
      <div part="status" class="status" role="status">
        ${
          this.mastered
            ? html`<p class="celebrate"><span class="badge" aria-hidden="true">✓</span> <strong>${t.mastered}</strong> ${t.masteredDetail}</p>`
            : this.locked
              ? html`<p>${t.locked}</p>`
              : nothing
        }
      </div>
    </div>`;
  }
}
