import type { CheckResult } from '@tutorkit/core';
import { expect } from 'chai';
import { render } from 'lit';
import { assertNoXss, deepElements, findXss, resetXss, XSS_PAYLOADS, xssFired } from '../test-support/xss-payloads.js';
import '../tutor-feedback/define.js';
import '../tutor-hint-ladder/define.js';
import '../tutor-mastery-check/define.js';
import '../tutor-math/define.js';
import { renderRichText } from './rich-text.js';

/** Waits for every <tutor-math> under `root` (deeply) to be typeset, and for handlers to have a chance to run. */
async function settle(root: Node): Promise<void> {
  for (const el of deepElements(root)) {
    if ('updateComplete' in el) await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  }
  await new Promise((r) => setTimeout(r, 0));
}

describe('XSS corpus', () => {
  before(() => resetXss());
  afterEach(() => {
    document.body.replaceChildren();
  });
  after(() => {
    expect(xssFired(), 'a payload ran').to.equal(false);
  });

  it('runs inline handlers on this page, so the __xss flag means something (positive control)', async () => {
    const probe = window as Window & { __xssControl?: number };
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__xssControl = 1');
    await new Promise<void>((resolve) => {
      img.addEventListener('error', () => setTimeout(resolve), { once: true });
      img.src = 'data:,not-an-image';
    });
    expect(probe.__xssControl).to.equal(1);
    delete probe.__xssControl;
  });

  it('has at least 50 payloads and the checker catches unsafe DOM', () => {
    expect(XSS_PAYLOADS.length).to.be.at.least(50);
    const bad = document.createElement('div');
    bad.append(document.createElement('script'));
    const a = document.createElement('a');
    a.setAttribute('href', ' java\tscript:x');
    const shadowHost = document.createElement('div');
    const img = document.createElement('span');
    img.setAttribute('onclick', 'x');
    shadowHost.attachShadow({ mode: 'open' }).append(img);
    bad.append(a, shadowHost);
    expect(findXss(bad)).to.have.length(3);
  });

  it('renderRichText never produces anything that runs', async () => {
    for (const payload of XSS_PAYLOADS) {
      const container = document.createElement('div');
      document.body.append(container);
      render(renderRichText(payload), container);
      await settle(container);
      assertNoXss(container, payload);
      container.remove();
    }
    expect(xssFired()).to.equal(false);
  });

  it('<tutor-math tex> never produces anything that runs', async () => {
    for (const payload of XSS_PAYLOADS) {
      const el = document.createElement('tutor-math');
      el.tex = payload;
      document.body.append(el);
      await el.updateComplete;
      assertNoXss(el, payload);
      el.display = true;
      await el.updateComplete;
      assertNoXss(el, payload);
      el.remove();
    }
    expect(xssFired()).to.equal(false);
  });

  it('<tutor-feedback feedback> never produces anything that runs', async () => {
    const result: CheckResult = { verdict: 'incorrect', reason: 'numeric/not-equal' };
    for (const payload of XSS_PAYLOADS) {
      const el = document.createElement('tutor-feedback');
      el.result = result;
      el.feedback = payload;
      el.setAttribute('attempt', payload);
      document.body.append(el);
      await settle(el);
      assertNoXss(el, payload);
      // A reason code is data too.
      el.result = { verdict: 'unreadable', reason: payload };
      await settle(el);
      assertNoXss(el, payload);
      el.remove();
    }
    expect(xssFired()).to.equal(false);
  });

  it('<tutor-hint-ladder hints> never produces anything that runs, bottom-out included', async () => {
    const el = document.createElement('tutor-hint-ladder');
    el.hints = XSS_PAYLOADS.map((text, i) => ({ text, bottomOut: i === XSS_PAYLOADS.length - 1 }));
    el.revealed = XSS_PAYLOADS.length;
    document.body.append(el);
    await settle(el);
    assertNoXss(el);
    el.revealed = XSS_PAYLOADS.length - 1;
    await el.updateComplete;
    el.requestHint();
    await settle(el);
    assertNoXss(el);
    expect(xssFired()).to.equal(false);
  });

  it('<tutor-mastery-check> attributes never produce anything that runs', async () => {
    for (const payload of XSS_PAYLOADS) {
      const el = document.createElement('tutor-mastery-check');
      for (const name of ['model', 'streak', 'target', 'p-known', 'threshold', 'done-today', 'daily-limit', 'lang']) {
        el.setAttribute(name, payload);
      }
      document.body.append(el);
      await el.updateComplete;
      assertNoXss(el, payload);
      el.remove();
    }
    expect(xssFired()).to.equal(false);
  });

  it('lang attributes carrying payloads change nothing', async () => {
    for (const payload of XSS_PAYLOADS.slice(0, 10)) {
      const el = document.createElement('tutor-feedback');
      el.lang = payload;
      el.result = { verdict: 'correct', reason: 'numeric/equal' };
      document.body.append(el);
      await el.updateComplete;
      assertNoXss(el, payload);
      expect(el.shadowRoot?.textContent).to.contain('You got it!');
      el.remove();
    }
  });
});
