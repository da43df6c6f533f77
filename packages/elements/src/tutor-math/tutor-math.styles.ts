import { css } from 'lit';

export const styles = css`
  :host {
    display: inline;
    color: var(--tutor-math-color, inherit);
    font-size: var(--tutor-math-font-size, 1em);
  }
  :host([display]) {
    display: block;
    text-align: center;
    max-width: 100%;
    overflow-x: auto;
    overflow-y: hidden;
  }
  [hidden] {
    display: none !important;
  }
  .source {
    font-family: var(--tutor-math-source-font, ui-monospace, monospace);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .katex-display {
    margin: 0.5em 0;
  }
  @media (forced-colors: active) {
    .katex * {
      border-color: CanvasText !important;
    }
  }
`;
