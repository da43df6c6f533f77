import { css } from 'lit';
import { sharedStyles } from '../internal/styles.js';

export const styles = [
  sharedStyles,
  css`
    /* Colours follow the page's colour scheme (see tutor-answer.styles.ts). */
    :host {
      --_text: var(--tutor-color-text, CanvasText);
      --_surface: var(--tutor-color-surface, Canvas);
      --_border: var(--tutor-color-border, #5f6670);
      --_focus: var(--tutor-color-focus, #0a5bd3);
      --_radius: var(--tutor-radius, 0.5rem);
      display: block;
      min-width: 10em;
      color: var(--_text);
    }
    @supports (color: light-dark(#000, #fff)) {
      :host {
        --_border: var(--tutor-color-border, light-dark(#5f6670, #a2a9b1));
        --_focus: var(--tutor-color-focus, light-dark(#0a5bd3, #79b8ff));
      }
    }
    .field {
      min-height: var(--tutor-target-size, 44px);
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .field:focus-within {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    math-field {
      display: block;
      width: 100%;
      min-height: calc(var(--tutor-target-size, 44px) - 4px);
      padding: 0.25em 0.5em;
      font-size: var(--tutor-answer-font-size, 1.25rem);
      color: var(--_text);
      background: transparent;
      border: 0;
      border-radius: var(--_radius);
      outline: none;
      --caret-color: var(--_text);
      --selection-background-color: Highlight;
      --selection-color: HighlightText;
    }
    math-field::part(menu-toggle) {
      display: none;
    }
    math-field::part(virtual-keyboard-toggle) {
      min-width: var(--tutor-target-size, 44px);
      min-height: calc(var(--tutor-target-size, 44px) - 4px);
    }
    :host([disabled]) .field {
      opacity: 0.6;
    }
    .loading {
      display: block;
      padding: 0.25em 0.5em;
      color: var(--tutor-color-muted, #545b63);
      color: var(--tutor-color-muted, light-dark(#545b63, #b8bfc7));
    }
    @media (forced-colors: active) {
      .field {
        border-color: CanvasText;
      }
      .field:focus-within {
        outline-color: Highlight;
      }
    }
  `,
];
