import { css } from 'lit';

/** Shared rules: the host's box, the visually-hidden helper and rich text spacing. */
export const sharedStyles = css`
  :host {
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .rich > p,
  .rich > ol,
  .rich > ul {
    margin-block: 0 0.5em;
  }
  .rich > :last-child {
    margin-block-end: 0;
  }
  .rich .math-block {
    text-align: center;
  }
`;
