import { css } from 'lit';
import { sharedStyles } from '../internal/styles.js';

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
      --_current: var(--tutor-plan-current-color, #1d4ed8);
      --_line: color-mix(in srgb, CanvasText 25%, Canvas);
      --_muted: color-mix(in srgb, CanvasText 65%, Canvas);
    }
    @media (prefers-color-scheme: dark) {
      :host {
        --_current: var(--tutor-plan-current-color, #93c5fd);
      }
    }
    h2 {
      font-size: 1.25em;
      margin: 0 0 0.5rem;
    }
    h3 {
      font-size: 1em;
      margin: 0;
    }
    .timer {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.5rem 1rem;
      margin-bottom: 0.75rem;
    }
    .clock {
      font-size: 1.5em;
      font-variant-numeric: tabular-nums;
      font-weight: 600;
    }
    .timer[data-over] .clock {
      text-decoration: underline;
    }
    .segments {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.5rem;
    }
    .segment {
      border: 1px solid var(--_line);
      border-inline-start: 0.4rem solid var(--_line);
      border-radius: var(--tutor-radius, 0.5rem);
      padding: 0.5rem 0.75rem;
    }
    .segment[aria-current='step'] {
      border-inline-start-color: var(--_current);
    }
    .segment[data-done] {
      color: var(--_muted);
    }
    .meta {
      color: var(--_muted);
      margin: 0;
    }
    .purpose,
    .assignment {
      margin: 0.25rem 0;
    }
    .script {
      border-inline-start: 3px solid var(--_line);
      padding-inline-start: 0.5rem;
      margin-top: 0.5rem;
    }
    .label {
      font-weight: 600;
      margin: 0 0 0.25rem;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin: 0.75rem 0;
    }
    button {
      font: inherit;
      min-height: 2.5rem;
      padding: 0.25rem 0.75rem;
      border-radius: var(--tutor-radius, 0.5rem);
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
      cursor: pointer;
    }
    button:focus-visible {
      outline: 3px solid var(--tutor-color-focus, Highlight);
      outline-offset: 2px;
    }
    @media (forced-colors: active) {
      .segment[aria-current='step'] {
        border-inline-start-color: Highlight;
      }
    }
  `,
];
