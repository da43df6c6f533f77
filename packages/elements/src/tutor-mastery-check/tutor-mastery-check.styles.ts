import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_fill: var(--tutor-mastery-color, #15803d);
    --_track: var(--tutor-mastery-track, #d4d4d8);
    --_text: var(--tutor-mastery-text, inherit);
    --_size: var(--tutor-mastery-size, 1.5rem);
    color: var(--_text);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_fill: var(--tutor-mastery-color, #4ade80);
      --_track: var(--tutor-mastery-track, #52525b);
    }
  }
  .base {
    display: grid;
    gap: 0.25rem;
  }
  .label {
    font-weight: 600;
  }
  .steps {
    display: flex;
    gap: 0.25rem;
    font-size: var(--_size);
    line-height: 1;
    color: var(--_track);
  }
  .step.filled {
    color: var(--_fill);
  }
  .track {
    height: 0.75rem;
    border-radius: 999px;
    background: var(--_track);
    overflow: hidden;
  }
  .bar {
    height: 100%;
    border-radius: inherit;
    background: var(--_fill);
  }
  .text,
  .goal,
  .today,
  .status p {
    margin: 0;
  }
  .goal,
  .today {
    font-size: 0.9em;
  }
  .celebrate {
    padding: 0.5rem 0.75rem;
    border-radius: 0.5rem;
    border: 2px solid var(--_fill);
  }
  .badge {
    display: inline-block;
    color: var(--_fill);
    font-weight: 700;
  }
  @media (prefers-reduced-motion: no-preference) {
    .bar {
      transition: width 400ms ease-out;
    }
    .celebrate {
      animation: tutor-mastery-glow 900ms ease-out;
    }
    .badge {
      animation: tutor-mastery-pop 600ms ease-out;
    }
  }
  /* A soft ring that grows and fades around the message; the text itself never fades. */
  @keyframes tutor-mastery-glow {
    from {
      box-shadow: 0 0 0 0 var(--_fill);
    }
    to {
      box-shadow: 0 0 0 0.75rem transparent;
    }
  }
  @keyframes tutor-mastery-pop {
    0% {
      transform: scale(0.6);
    }
    70% {
      transform: scale(1.15);
    }
    100% {
      transform: scale(1);
    }
  }
  @media (forced-colors: active) {
    .steps,
    .step.filled,
    .badge {
      color: CanvasText;
    }
    .track {
      border: 1px solid CanvasText;
      background: Canvas;
    }
    .bar {
      background: Highlight;
      forced-color-adjust: none;
    }
    .celebrate {
      border-color: CanvasText;
    }
  }
`;
