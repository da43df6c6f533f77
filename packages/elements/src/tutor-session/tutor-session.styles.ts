import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    font-family: var(--tutor-font-family, system-ui, sans-serif);
    font-size: var(--tutor-font-size, 1.125rem);
    line-height: 1.5;
    color: var(--tutor-color-text, CanvasText);
    background: var(--tutor-color-surface, Canvas);
    max-width: var(--tutor-max-width, 48rem);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.75rem;
    margin-bottom: 1rem;
  }
  h2 {
    font-size: 1.25em;
    margin: 0;
  }
  .message {
    padding: 1rem;
    border-radius: var(--tutor-radius, 0.5rem);
    background: var(--tutor-color-info-surface, color-mix(in srgb, CanvasText 6%, Canvas));
  }
  .error {
    border: 2px solid var(--tutor-color-danger, #b3261e);
  }
  .next {
    margin-top: 1rem;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5rem 1.25rem;
    font: inherit;
    font-weight: 600;
    border-radius: var(--tutor-radius, 0.5rem);
    border: 2px solid var(--tutor-color-primary, #0a5bd3);
    background: var(--tutor-color-primary, #0a5bd3);
    color: var(--tutor-color-on-primary, #ffffff);
    cursor: pointer;
  }
  .next:focus-visible {
    outline: 3px solid var(--tutor-color-focus, #0a5bd3);
    outline-offset: 3px;
  }
  @media (forced-colors: active) {
    .next {
      border-color: ButtonText;
    }
  }
`;
