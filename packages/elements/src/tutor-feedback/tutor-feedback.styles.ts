import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_correct-color: var(--tutor-feedback-correct-color, #14532d);
    --_correct-bg: var(--tutor-feedback-correct-bg, #dcfce7);
    --_retry-color: var(--tutor-feedback-retry-color, #1e3a8a);
    --_retry-bg: var(--tutor-feedback-retry-bg, #e0e7ff);
    --_info-color: var(--tutor-feedback-info-color, #3f3f46);
    --_info-bg: var(--tutor-feedback-info-bg, #f4f4f5);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_correct-color: var(--tutor-feedback-correct-color, #bbf7d0);
      --_correct-bg: var(--tutor-feedback-correct-bg, #14532d);
      --_retry-color: var(--tutor-feedback-retry-color, #c7d2fe);
      --_retry-bg: var(--tutor-feedback-retry-bg, #1e1b4b);
      --_info-color: var(--tutor-feedback-info-color, #e4e4e7);
      --_info-bg: var(--tutor-feedback-info-bg, #27272a);
    }
  }
  .base:not([data-verdict='none']) {
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
    padding: var(--tutor-feedback-padding, 0.75rem 1rem);
    border-radius: var(--tutor-feedback-radius, 0.75rem);
    border: 2px solid transparent;
    color: var(--_info-color);
    background: var(--_info-bg);
    line-height: 1.5;
  }
  .base[data-verdict='correct'] {
    color: var(--_correct-color);
    background: var(--_correct-bg);
  }
  .base[data-verdict='incorrect'] {
    color: var(--_retry-color);
    background: var(--_retry-bg);
  }
  .icon {
    flex: none;
    font-size: 1.25em;
    line-height: 1.2;
  }
  .message {
    margin: 0;
  }
  .lead {
    font-weight: 700;
  }
  .feedback {
    margin-top: 0.5em;
  }
  @media (prefers-reduced-motion: no-preference) {
    .base:not([data-verdict='none']) {
      animation: tutor-feedback-in 200ms ease-out;
    }
  }
  /* Motion only, never opacity: text stays at full contrast while it animates. */
  @keyframes tutor-feedback-in {
    from {
      transform: translateY(6px);
    }
  }
  @media (forced-colors: active) {
    .base:not([data-verdict='none']) {
      border-color: CanvasText;
      color: CanvasText;
      background: Canvas;
    }
  }
`;
