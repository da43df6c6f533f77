import type { CheckResult, Verdict } from '@tutorkit/core';
import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { LangController } from '../internal/i18n.js';
import { renderRichText } from '../internal/rich-text.js';
import { sharedStyles } from '../internal/styles.js';
import { type FeedbackStrings, strings } from './tutor-feedback.strings.js';
import { styles } from './tutor-feedback.styles.js';

/** The kind message for a check result, in the element's language. */
export function feedbackMessage(result: CheckResult, t: FeedbackStrings, attempt = 0): readonly string[] {
  switch (result.verdict) {
    case 'correct':
      return [t.correct, t.correctDetail];
    case 'incorrect':
      return attempt >= 2 ? [t.incorrect, t.incorrectDetail, t.keepGoing] : [t.incorrect, t.incorrectDetail];
    case 'needs-simplifying':
      return [t.needsSimplifying];
    case 'wrong-form':
      return [t.wrongForm];
    case 'unreadable':
      if (result.reason === 'choice/empty') return [t.emptyChoice];
      if (result.reason.endsWith('/empty')) return [t.emptyText];
      if (result.reason.startsWith('expression/')) return [t.unreadableExpression];
      return [t.unreadable];
    case 'ungraded':
      return [t.ungraded];
  }
}

const ICONS: Record<Verdict, string> = {
  correct: '✓',
  incorrect: '↻',
  'needs-simplifying': '✎',
  'wrong-form': '✎',
  unreadable: '?',
  ungraded: '✉',
};

/**
 * Explains the result of checking an answer, kindly, for a student aged 8–14: what the verdict
 * means and what to do next, plus the feedback of a matched common wrong answer. Never shames:
 * a wrong answer is "not quite yet", an unreadable one is the software's problem, not the
 * student's.
 *
 * Everything is inside a polite live region (`role="status"`), present before the first result,
 * so each new result is announced; a new `attempt` re-announces the same words.
 *
 * @csspart base - the live region (`role="status"`), with `data-verdict`.
 * @csspart icon - the decorative verdict icon (hidden from assistive technology).
 * @csspart message - the verdict's explanation.
 * @csspart feedback - the matched wrong answer's feedback (rich text).
 *
 * @cssprop --tutor-feedback-radius - corner radius (default 0.75rem).
 * @cssprop --tutor-feedback-padding - inner spacing (default 0.75rem 1rem).
 * @cssprop --tutor-feedback-correct-color / --tutor-feedback-correct-bg - colours for `correct`.
 * @cssprop --tutor-feedback-retry-color / --tutor-feedback-retry-bg - colours for `incorrect`.
 * @cssprop --tutor-feedback-info-color / --tutor-feedback-info-bg - colours for the other verdicts.
 */
export class TutorFeedback extends LitElement {
  /** The element's shadow-DOM styles. */
  static override styles = [sharedStyles, styles];

  /** The result of checking the student's answer (core's `CheckResult`); nothing shows without it. */
  @property({ attribute: false }) accessor result: CheckResult | undefined = undefined;

  /** Rich-text feedback of the matched common wrong answer, already in the student's language. */
  @property() accessor feedback: string | undefined = undefined;

  /** The attempt number (1 for the first try); a change re-announces the message. */
  @property({ type: Number }) accessor attempt = 0;

  readonly #lang = new LangController(this);

  protected override render() {
    const result = this.result;
    const t = this.#lang.strings(strings);
    const content = result
      ? html`<span part="icon" class="icon" aria-hidden="true">${ICONS[result.verdict]}</span>
          <div class="text">
            <p part="message" class="message">${feedbackMessage(result, t, this.attempt).map(
              (line, i) => html`${i > 0 ? ' ' : nothing}<span class=${i === 0 ? 'lead' : 'detail'}>${line}</span>`,
            )}</p>
            ${
              this.feedback && result.verdict !== 'correct'
                ? html`<div part="feedback" class="feedback rich">${renderRichText(this.feedback)}</div>`
                : nothing
            }
          </div>`
      : nothing;
    return html`<div part="base" class="base" role="status" data-verdict=${result?.verdict ?? 'none'}>
      ${keyed(`${this.attempt}|${result?.verdict}|${result?.reason}|${this.feedback}`, content)}
    </div>`;
  }
}
