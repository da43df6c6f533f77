import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_bg: var(--tutor-hint-bg, #fefce8);
    --_color: var(--tutor-hint-color, #1c1917);
    --_border: var(--tutor-hint-border, #a16207);
    --_button-bg: var(--tutor-hint-button-bg, #1d4ed8);
    --_button-color: var(--tutor-hint-button-color, #ffffff);
    --_focus: var(--tutor-focus-ring, #2563eb);
    --_radius: var(--tutor-hint-radius, 0.5rem);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_bg: var(--tutor-hint-bg, #292524);
      --_color: var(--tutor-hint-color, #fafaf9);
      --_border: var(--tutor-hint-border, #facc15);
      --_button-bg: var(--tutor-hint-button-bg, #93c5fd);
      --_button-color: var(--tutor-hint-button-color, #0c0a09);
      --_focus: var(--tutor-focus-ring, #93c5fd);
    }
  }
  [hidden] {
    display: none !important;
  }
  .list {
    margin: 0 0 0.75rem;
    padding-inline-start: 1.75em;
    display: grid;
    gap: 0.5rem;
  }
  .hint {
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_color);
    line-height: 1.5;
  }
  .button {
    font: inherit;
    min-height: 44px;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_button-bg);
    border-radius: var(--_radius);
    background: var(--_button-bg);
    color: var(--_button-color);
    cursor: pointer;
  }
  .button.cancel {
    background: transparent;
    color: inherit;
  }
  .button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .confirm {
    padding: 0.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  .confirm-text {
    margin: 0 0 0.5rem;
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .status {
    margin: 0.5rem 0 0;
    font-size: 0.9em;
  }
  @media (prefers-reduced-motion: no-preference) {
    .hint:last-child {
      animation: tutor-hint-in 250ms ease-out;
    }
  }
  /* Motion only, never opacity: text stays at full contrast while it animates. */
  @keyframes tutor-hint-in {
    from {
      transform: translateY(-4px);
    }
  }
  @media (forced-colors: active) {
    .hint,
    .confirm {
      border-color: CanvasText;
    }
    .button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
