import { css } from 'lit';
import { sharedStyles } from '../internal/styles.js';

/** Calm by design: no animation, no flashing, colour is never the only signal. */
export const styles = [
  sharedStyles,
  css`
    :host {
      display: block;
      font-family: var(--tutor-font-family, system-ui, sans-serif);
      font-size: var(--tutor-font-size, 1rem);
      line-height: 1.5;
      color: var(--tutor-color-text, CanvasText);
      background: var(--tutor-color-surface, Canvas);
      --_need: var(--tutor-panel-need-color, #b45309);
      --_alert: var(--tutor-panel-alert-surface, color-mix(in srgb, #2563eb 8%, Canvas));
      --_muted: color-mix(in srgb, CanvasText 65%, Canvas);
      --_line: color-mix(in srgb, CanvasText 25%, Canvas);
    }
    @media (prefers-color-scheme: dark) {
      :host {
        --_need: var(--tutor-panel-need-color, #fbbf24);
      }
    }
    h2 {
      font-size: 1.25em;
      margin: 0 0 0.25rem;
    }
    h3 {
      font-size: 1.05em;
      margin: 0;
      overflow-wrap: anywhere;
    }
    .summary {
      margin: 0 0 0.75rem;
      font-weight: 600;
      min-height: 1.5em;
    }
    .alert {
      border: 2px solid var(--_line);
      border-radius: var(--tutor-radius, 0.5rem);
      background: var(--_alert);
      padding: 0.75rem 1rem;
      margin-bottom: 1rem;
    }
    .label {
      margin: 0.5rem 0 0.25rem;
      font-weight: 600;
    }
    .lesson ol,
    .lesson ul {
      margin: 0.25rem 0;
      padding-inline-start: 1.5rem;
    }
    .cards {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      grid-template-columns: var(--tutor-panel-columns, repeat(auto-fill, minmax(min(18rem, 100%), 1fr)));
      gap: 0.75rem;
    }
    .card {
      border: 1px solid var(--_line);
      border-inline-start: 0.4rem solid var(--_line);
      border-radius: var(--tutor-radius, 0.5rem);
      padding: 0.75rem;
      display: grid;
      gap: 0.5rem;
      align-content: start;
      min-width: 0;
    }
    .card[data-state='needs-help'] {
      border-inline-start-color: var(--_need);
    }
    .top {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.25rem 0.75rem;
    }
    .status {
      font-weight: 600;
    }
    .card[data-state='needs-help'] .status {
      color: var(--_need);
    }
    .presence {
      color: var(--_muted);
      font-size: 0.9em;
    }
    .reasons {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .ask {
      border-inline-start: 3px solid var(--_line);
      padding-inline-start: 0.5rem;
    }
    .ask .label,
    .problem .label {
      margin-top: 0;
    }
    .problem {
      color: var(--_muted);
    }
    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(8rem, 100%), 1fr));
      gap: 0.25rem 0.75rem;
      margin: 0;
    }
    .fact dt {
      font-size: 0.85em;
      color: var(--_muted);
    }
    .fact dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .actions,
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    button {
      font: inherit;
      min-height: 2.5rem;
      padding: 0.25rem 0.75rem;
      border-radius: var(--tutor-radius, 0.5rem);
      border: 1px solid var(--_line);
      background: Canvas;
      color: CanvasText;
      cursor: pointer;
    }
    button[part~='primary'] {
      border-color: CanvasText;
      font-weight: 600;
    }
    button:disabled {
      cursor: default;
      opacity: 0.7;
    }
    button:focus-visible,
    input:focus-visible {
      outline: 3px solid var(--tutor-color-focus, Highlight);
      outline-offset: 2px;
    }
    .form {
      display: grid;
      gap: 0.5rem;
    }
    input {
      font: inherit;
      padding: 0.25rem 0.5rem;
      min-height: 2.5rem;
      border: 1px solid CanvasText;
      border-radius: 0.25rem;
      background: Canvas;
      color: CanvasText;
      width: 100%;
    }
    @media (forced-colors: active) {
      .card[data-state='needs-help'] {
        border-inline-start-color: Highlight;
      }
    }
  `,
];
