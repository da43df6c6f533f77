import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .stem {
    font-size: var(--tutor-stem-font-size, 1.25em);
    margin-bottom: 1rem;
  }
  tutor-answer,
  tutor-feedback,
  tutor-hint-ladder {
    display: block;
    margin-block: 0.75rem;
  }
  .steps-button {
    min-height: 44px;
    padding: 0.5rem 1rem;
    font: inherit;
    border-radius: var(--tutor-radius, 0.5rem);
    border: 2px solid var(--tutor-color-primary, #0a5bd3);
    background: transparent;
    color: var(--tutor-color-primary, #0a5bd3);
    cursor: pointer;
  }
  .steps-button:focus-visible {
    outline: 3px solid var(--tutor-color-focus, #0a5bd3);
    outline-offset: 3px;
  }
  .step {
    margin-block: 1rem;
  }
  @media (prefers-color-scheme: dark) {
    .steps-button {
      color: var(--tutor-color-primary-dark, #79b8ff);
      border-color: var(--tutor-color-primary-dark, #79b8ff);
    }
  }
`;
