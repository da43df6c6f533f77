import { type GroupView, groupView, type Pack, type TutorAction, textFor } from '@tutorkit/core';
import type { LiveChannel } from '@tutorkit/sync';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { effectiveLang, format, LangController } from '../internal/i18n.js';
import { newSeed } from '../tutor-session/seat-store.js';
import { renderAlert } from './group-alert.js';
import { type CardContext, type CardForm, type CardModel, renderCard } from './group-card.js';
import { GroupFollower, type GroupStore } from './group-follow.js';
import { reasonWords } from './group-words.js';
import { storeTutorAction } from './panel-actions.js';
import { TutorActionEvent } from './tutor-group-panel.events.js';
import { type GroupPanelStrings, strings } from './tutor-group-panel.strings.js';
import { styles } from './tutor-group-panel.styles.js';

/**
 * The tutor's console for a group of up to four students: one card per student with the problem,
 * attempts, hints, last answer and the likely mistake; **who needs me now** in order with the
 * reason in plain words and what to ask; a group alert with a mini-lesson when students share a
 * misconception; and actions (accept an answer, reset a daily lock, add a note, mark helped)
 * that are stored as events and sent to the students' seats.
 *
 * Loads the group's events from `store`, then follows `channel` (events and presence) and the
 * store's notifications. Names come only from `roster`; events carry opaque learner references.
 *
 * @fires tutor-action - the tutor acted on a learner; the events are stored and published
 * @csspart summary - the "needs you now" line (a polite live region)
 * @csspart alert - a group alert; `lesson` is its mini-lesson
 * @csspart lesson - the suggested mini-lesson (worked example)
 * @csspart cards - the list of cards
 * @csspart card - one student's card (`data-state`: needs-help, working, done, not-started)
 * @csspart name - the student's name
 * @csspart status - "Needs you — #1", "Working", …
 * @csspart presence - online, typing, idle or away
 * @csspart reasons - why the student needs the tutor
 * @csspart ask - the tutor move for the student's mistake
 * @csspart problem - the current problem's stem
 * @csspart facts - attempts, hints, last answer, mistake, streak, times
 * @csspart actions - the action buttons
 * @csspart button - every button; `primary` on a form's confirm button
 * @csspart form - the reason or note form
 * @csspart input - the form's text field
 * @cssprop --tutor-panel-columns - card columns (default: as many 18rem columns as fit)
 * @cssprop --tutor-panel-need-color - accent of cards that need the tutor
 * @cssprop --tutor-panel-alert-surface - background of group alerts
 * @cssprop --tutor-color-text - text color
 * @cssprop --tutor-color-surface - background color
 * @cssprop --tutor-radius - corner radius
 */
export class TutorGroupPanel extends LitElement {
  /** The element's shadow-DOM styles. */
  static override styles = styles;

  /** The pack the group works on: stems, tutor moves, titles and mini-lessons come from it. */
  @property({ attribute: false }) accessor pack: Pack | undefined;
  /** The group reference: only its events and messages are shown. */
  @property() accessor group = 'local';
  /** Where the group's events are read from and the tutor's are written to. */
  @property({ attribute: false }) accessor store: GroupStore | undefined;
  /** The group's live channel (e.g. `BroadcastLiveChannel`). */
  @property({ attribute: false }) accessor channel: LiveChannel | undefined;
  /** Display names by opaque learner reference. Names never go into events. */
  @property({ attribute: false }) accessor roster: Readonly<Record<string, string>> = {};
  /** The tutor's opaque reference, stamped on the tutor's events. */
  @property() accessor tutor = 'tutor';
  /** Milliseconds without activity on an open problem before a student counts as idle. */
  @property({ type: Number, attribute: 'idle-after' }) accessor idleAfter = 90_000;
  /** Milliseconds in which shared mistakes raise a group alert. */
  @property({ type: Number, attribute: 'alert-window' }) accessor alertWindow = 600_000;
  /** How often times are refreshed, in ms (0: only when something happens). */
  @property({ type: Number }) accessor tick = 1000;
  /** The school's UTC offset in minutes, for daily limits. */
  @property({ type: Number, attribute: 'utc-offset' }) accessor utcOffset = 0;
  /** The clock (ms since the epoch); injectable for tests. */
  @property({ attribute: false }) accessor clock: () => number = () => Date.now();

  @state() private accessor form: { learner: string; kind: CardForm } | undefined;
  @state() private accessor busy: string | undefined;
  @state() private accessor said = '';

  readonly #lang = new LangController(this);
  readonly #follow = new GroupFollower(this);
  #view: GroupView = { learners: [], needsHelp: [], alerts: [] };
  #needKey = '';
  #timer: ReturnType<typeof setInterval> | undefined;
  #session: string | undefined;
  #focusForm = false;
  /** After a form closes, the focus goes back to the card's button that opened it. */
  #focusBack: { learner: string; kind: CardForm } | undefined;
  /** What had the focus before an update: moving a card in the list must not lose it. */
  #focused: HTMLElement | undefined;

  /** Resolves when the group's stored events are loaded. */
  get loaded(): Promise<void> {
    return this.#follow.ready;
  }

  /** What the panel shows right now (core's group view). */
  get view(): GroupView {
    return this.#view;
  }

  private get locale(): string {
    return effectiveLang(this) || this.pack?.locales[0] || 'en';
  }

  private get t(): GroupPanelStrings {
    return this.#lang.strings(strings);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#restartTimer();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#timer);
  }

  #restartTimer(): void {
    clearInterval(this.#timer);
    if (this.tick > 0 && this.isConnected) this.#timer = setInterval(() => this.requestUpdate(), this.tick);
  }

  /** A learner's display name, or a neutral label when the roster does not know them. */
  nameOf(learner: string): string {
    return this.roster[learner] ?? learner;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const active = this.shadowRoot?.activeElement;
    this.#focused = active instanceof HTMLElement ? active : undefined;
    if (changed.has('tick')) this.#restartTimer();
    this.#follow.sync();
    const now = this.clock();
    const lastActiveAt: Record<string, number> = {};
    for (const [learner, p] of this.#follow.presence) {
      if (p.state === 'typing') lastActiveAt[learner] = now;
      else if (p.state === 'online') lastActiveAt[learner] = p.at;
    }
    this.#view = groupView(this.#follow.events, {
      now,
      locale: this.locale,
      idleAfterMs: this.idleAfter,
      alertWindowMs: this.alertWindow,
      lastActiveAt,
      ...(this.pack ? { pack: this.pack } : {}),
    });
    const key = this.#view.needsHelp.map((n) => `${n.learner}:${n.reasons.map((r) => r.code).join('+')}`).join('|');
    if (key !== this.#needKey) {
      this.#needKey = key;
      this.said = this.#summary();
    }
  }

  #summary(): string {
    const needs = this.#view.needsHelp;
    if (needs.length === 0) return this.#view.learners.length > 0 ? this.t.allWorking : '';
    const list = needs
      .map((n) => {
        const first = n.reasons[0];
        return first ? `${this.nameOf(n.learner)} (${reasonWords(first, this.t, this.pack, this.locale)})` : '';
      })
      .join('; ');
    return format(this.t.needsNow, { list });
  }

  protected override updated(): void {
    // A card that moved up or down was taken out of the document for a moment: give the focus
    // back to what the tutor was on (never to anything else).
    const focused = this.#focused;
    this.#focused = undefined;
    if (focused?.isConnected && this.shadowRoot?.activeElement !== focused) focused.focus({ preventScroll: true });
    if (this.#focusBack) {
      const { learner, kind } = this.#focusBack;
      this.#focusBack = undefined;
      const cardEl = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="card"]')].find(
        (c) => c.dataset.learner === learner,
      );
      const button =
        cardEl?.querySelector<HTMLElement>(`[data-action="${kind}"]`) ??
        cardEl?.querySelector<HTMLElement>('[data-action="note"]');
      button?.focus();
    }
    if (this.#focusForm) {
      this.#focusForm = false;
      this.renderRoot.querySelector<HTMLInputElement>('form input')?.select();
    }
  }

  /**
   * Stores a tutor action on `learner` as events, publishes them on the channel and fires
   * `tutor-action`. Resolves `false` (and says why) when the engine refuses or storage fails.
   */
  async act(learner: string, action: TutorAction): Promise<boolean> {
    const pack = this.pack;
    const store = this.store;
    if (!pack || !store) return false;
    this.#session ??= `t-${newSeed()}`;
    this.busy = learner;
    const result = await storeTutorAction(
      {
        pack,
        store,
        group: this.group,
        tutor: this.tutor,
        session: this.#session,
        utcOffset: this.utcOffset,
        now: this.clock(),
        events: this.#follow.events,
      },
      learner,
      action,
    );
    this.busy = undefined;
    if (!result.ok) {
      this.said = format(this.t.failed, { reason: result.reason });
      return false;
    }
    const decision = result;
    this.#follow.add(decision.events);
    this.channel?.publish({ kind: 'events', events: decision.events });
    if (this.form?.learner === learner) this.#focusBack = this.form;
    this.form = undefined;
    this.said = format(this.t.done, { action: this.#actionWords(action), name: this.nameOf(learner) });
    const done = new TutorActionEvent(learner, action, decision.events);
    this.dispatchEvent(done);
    return true;
  }

  #actionWords(action: TutorAction): string {
    const t = this.t;
    return { override: t.acceptConfirm, reset: t.reset, note: t.noteSave, helped: t.helped }[action.type];
  }

  #cards(): CardModel[] {
    const live = new Map(this.#view.learners.map((l) => [l.learner, l]));
    const needs = new Map(this.#view.needsHelp.map((n, i) => [n.learner, { need: n, rank: i + 1 }]));
    const rosterOrder = Object.keys(this.roster);
    const others = [...new Set([...rosterOrder, ...live.keys()])].filter((l) => !needs.has(l));
    const order = [...this.#view.needsHelp.map((n) => n.learner), ...others];
    const fallback = this.pack?.locales[0] ?? 'en';
    return order.map((learner, index) => {
      const l = live.get(learner);
      const stem = l?.problem ? this.pack?.problems.find((p) => p.id === l.problem)?.stem : undefined;
      const need = needs.get(learner);
      return {
        index,
        learner,
        name: this.nameOf(learner),
        live: l,
        need: need?.need,
        rank: need?.rank,
        presence: this.#follow.presence.get(learner),
        stem: stem === undefined ? undefined : textFor<string>(stem, this.locale, fallback),
        form: this.form?.learner === learner ? this.form.kind : undefined,
        busy: this.busy === learner,
      };
    });
  }

  override render() {
    const t = this.t;
    const context: CardContext = {
      t,
      pack: this.pack,
      locale: this.locale,
      helped: (learner) => void this.act(learner, { type: 'helped' }),
      reset: (learner, assignment) => void this.act(learner, { type: 'reset', assignment }),
      open: (learner, kind) => {
        this.form = { learner, kind };
        this.#focusForm = true;
      },
      cancel: () => {
        this.#focusBack = this.form;
        this.form = undefined;
      },
      submit: (learner, kind, text) =>
        void this.act(learner, kind === 'accept' ? { type: 'override', reason: text } : { type: 'note', text }),
    };
    const cards = this.#cards();
    return html`
      <h2 part="title">${t.title}</h2>
      <p part="summary" class="summary" role="status" aria-live="polite">${this.said}</p>
      ${this.#view.alerts.map((alert, i) => renderAlert(alert, (l) => this.nameOf(l), t, i))}
      ${
        cards.length === 0
          ? html`<p class="empty">${this.#follow.loaded || !this.store ? t.empty : t.loading}</p>`
          : nothing
      }
      <ol part="cards" class="cards">
        ${repeat(
          cards,
          (card) => card.learner,
          (card) => renderCard(card, context),
        )}
      </ol>
    `;
  }
}
