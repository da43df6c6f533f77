/** A group alert: two or more students share a misconception; a worked example to teach it. */
import type { GroupAlert } from '@tutorkit/core';
import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../internal/i18n.js';
import { renderRichText } from '../internal/rich-text.js';
import type { GroupPanelStrings } from './tutor-group-panel.strings.js';

export function renderAlert(
  alert: GroupAlert,
  names: (learner: string) => string,
  t: GroupPanelStrings,
  index: number,
): TemplateResult {
  const heading = `alert-${index}`;
  const lesson = alert.lesson;
  return html`<section part="alert" class="alert" data-misconception=${alert.misconception} aria-labelledby=${heading}>
    <h3 id=${heading}>
      ${format(t.alertTitle, {
        n: alert.learners.length,
        mistake: alert.title ?? alert.misconception,
        names: alert.learners.map(names).join(', '),
      })}
    </h3>
    ${
      lesson
        ? html`<div part="lesson" class="lesson">
          <p class="label">${t.miniLesson}</p>
          <p>${format(t.workedExample, { skill: lesson.skillTitle })}</p>
          <div class="rich">${renderRichText(lesson.problem)}</div>
          <ol class="steps">
            ${lesson.steps.map((step) => html`<li class="rich">${renderRichText(step)}</li>`)}
          </ol>
          ${
            lesson.talkMoves.length > 0
              ? html`<p class="label">${t.alsoAsk}</p>
                <ul>
                  ${lesson.talkMoves.map((move) => html`<li class="rich">${renderRichText(move)}</li>`)}
                </ul>`
              : nothing
          }
        </div>`
        : nothing
    }
  </section>`;
}
