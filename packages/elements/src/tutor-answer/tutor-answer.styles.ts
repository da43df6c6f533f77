import { css } from 'lit';
import { sharedStyles } from '../internal/styles.js';

export const styles = [
  sharedStyles,
  css`
    /*
     * Colours follow the PAGE's colour scheme (the inherited \`color-scheme\`, through Canvas and
     * light-dark()), not the OS preference alone: a light portal stays light on a dark-mode OS,
     * and a page that declares \`color-scheme: dark\` gets the dark palette.
     */
    :host {
      --_text: var(--tutor-color-text, CanvasText);
      --_surface: var(--tutor-color-surface, Canvas);
      --_border: var(--tutor-color-border, #5f6670);
      --_primary: var(--tutor-color-primary, #0a5bd3);
      --_on-primary: var(--tutor-color-on-primary, #ffffff);
      --_focus: var(--tutor-color-focus, #0a5bd3);
      --_selected: var(--tutor-color-selected, #e6effc);
      --_muted: var(--tutor-color-muted, #545b63);
      --_radius: var(--tutor-radius, 0.5rem);
      --_target: var(--tutor-target-size, 44px);
      display: block;
      color: var(--_text);
      font-size: var(--tutor-font-size, 1rem);
    }
    @supports (color: light-dark(#000, #fff)) {
      :host {
        --_border: var(--tutor-color-border, light-dark(#5f6670, #a2a9b1));
        --_primary: var(--tutor-color-primary, light-dark(#0a5bd3, #79b8ff));
        --_on-primary: var(--tutor-color-on-primary, light-dark(#ffffff, #0b1320));
        --_focus: var(--tutor-color-focus, light-dark(#0a5bd3, #79b8ff));
        --_selected: var(--tutor-color-selected, light-dark(#e6effc, #1c3150));
        --_muted: var(--tutor-color-muted, light-dark(#545b63, #b8bfc7));
      }
    }
    .field {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0.5rem 0.75rem;
    }
    .field.open,
    .field.choice {
      flex-direction: column;
      align-items: stretch;
    }
    .numeric-box {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      max-width: 100%;
    }
    .input {
      min-height: var(--_target);
      min-width: 0;
      max-width: 100%;
      padding: 0.35em 0.6em;
      font: inherit;
      font-size: var(--tutor-answer-font-size, 1.25rem);
      color: var(--_text);
      background: var(--_surface);
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
    }
    input.input {
      width: 12em;
    }
    input.text {
      width: 18em;
    }
    textarea.input {
      width: 100%;
      resize: vertical;
      line-height: 1.4;
    }
    tutor-math-input.input {
      padding: 0;
      border: 0;
      flex: 1 1 16em;
    }
    .input::placeholder {
      color: var(--_muted);
      opacity: 1;
    }
    .input:focus-visible,
    .submit:focus-visible,
    .key:focus-visible,
    .option:has(input:focus-visible) {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .unit {
      font-size: var(--tutor-answer-font-size, 1.25rem);
    }
    .keypad {
      display: none;
      gap: 0.5rem;
    }
    :host([keypad='always']) .keypad {
      display: inline-flex;
    }
    @media (pointer: coarse) {
      :host(:not([keypad='never'])) .keypad {
        display: inline-flex;
      }
    }
    .key,
    .submit {
      min-width: var(--_target);
      min-height: var(--_target);
      font: inherit;
      border-radius: var(--_radius);
      cursor: pointer;
    }
    .key {
      font-size: var(--tutor-answer-font-size, 1.25rem);
      color: var(--_text);
      background: var(--_surface);
      border: 2px solid var(--_border);
      touch-action: manipulation;
    }
    .submit {
      padding: 0.4em 1.2em;
      font-weight: 600;
      color: var(--_on-primary);
      background: var(--_primary);
      border: 2px solid var(--_primary);
      align-self: flex-start;
    }
    .submit:disabled,
    .key:disabled,
    .input:disabled {
      opacity: 0.6;
      cursor: not-allowed;
    }
    .options {
      display: grid;
      gap: 0.5rem;
    }
    .option {
      display: flex;
      align-items: center;
      gap: 0.75rem;
      min-height: var(--_target);
      padding: 0.4rem 0.75rem;
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      cursor: pointer;
    }
    .option:has(input:checked) {
      border-color: var(--_primary);
      background: var(--_selected);
    }
    .option:has(input:disabled) {
      cursor: not-allowed;
      opacity: 0.7;
    }
    .option input {
      flex: none;
      width: 1.5rem;
      height: 1.5rem;
      margin: 0;
      accent-color: var(--_primary);
    }
    .option-text {
      overflow-wrap: anywhere;
    }
    .message {
      margin: 0.4rem 0 0;
      color: var(--_muted);
    }
    .message:empty {
      margin: 0;
    }
    @media (forced-colors: active) {
      .input,
      .key,
      .option {
        border-color: CanvasText;
      }
      .option:has(input:checked) {
        border-color: Highlight;
        outline: 2px solid Highlight;
      }
      .submit {
        color: ButtonText;
        background: ButtonFace;
        border-color: ButtonText;
      }
      .input:focus-visible,
      .submit:focus-visible,
      .option:has(input:focus-visible) {
        outline-color: Highlight;
      }
    }
  `,
];
