import { ContextProvider } from '@lit/context';
import {
  type CheckResult,
  decide,
  type Pack,
  parsePack,
  replaySeat,
  type SeatCommand,
  type SeatContext,
  type SeatState,
  type TutorEvent,
  textFor,
  utcDay,
} from '@tutorkit/core';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { effectiveLang, LangController } from '../internal/i18n.js';
import { type SeatContextValue, seatContext } from './seat-context.js';
import { defaultStore, deviceId, newSeed, type SeatStore, sessionId } from './seat-store.js';
import { domEventsFor, TutorErrorEvent, TutorEventsEvent } from './tutor-session.events.js';
import { strings } from './tutor-session.strings.js';
import { styles } from './tutor-session.styles.js';

type Phase = 'loading' | 'ready' | 'error';

/**
 * A student's seat: loads a pack, replays the stored events of the learner so a reload resumes
 * on the same problem with the same hints shown, and runs every action through the engine,
 * storing its events durably BEFORE showing the result.
 *
 * @fires tutor-events - every batch of stored events
 * @fires tutor-attempt - an answer was checked
 * @fires tutor-hint - a hint was shown
 * @fires tutor-complete - a problem was completed
 * @fires tutor-mastery-change - mastery changed
 * @fires tutor-assignment-end - the assignment ended
 * @fires tutor-error - the pack or storage failed, or a command was refused
 * @csspart header - the assignment title and progress
 * @csspart next - the "next problem" button
 * @csspart message - status and end-of-assignment messages
 */
export class TutorSession extends LitElement {
  /** The element's shadow-DOM styles. */
  static override styles = styles;

  /** URL of a pack JSON file (same origin or CORS-enabled; nothing else is fetched). */
  @property({ attribute: 'pack-src' }) accessor packSrc = '';
  /** A pack already loaded; takes precedence over `pack-src`. */
  @property({ attribute: false }) accessor pack: Pack | undefined;
  /** The assignment id to work on. */
  @property() accessor assignment = '';
  /** An opaque learner reference from the portal: never a name. */
  @property() accessor learner = '';
  /** The group reference (the tutor's group), stamped on every event. */
  @property() accessor group = 'local';
  /** Where events are kept; defaults to IndexedDB on this device. */
  @property({ attribute: false }) accessor store: SeatStore | undefined;
  /** The school's UTC offset in minutes, for daily limits (e.g. -300 for UTC−5). */
  @property({ type: Number, attribute: 'utc-offset' }) accessor utcOffset = 0;

  @state() private accessor phase: Phase = 'loading';
  @state() private accessor errorText = '';
  @state() private accessor seat: SeatState | undefined;
  @state() private accessor lastResult: (CheckResult & { step?: string }) | undefined;
  @state() private accessor busy = false;

  private loadedPack: Pack | undefined;
  private activeStore: SeatStore | undefined;
  private readonly provider = new ContextProvider(this, { context: seatContext });
  private loading: Promise<void> | undefined;

  /** Resolves when the pack and the learner's events are loaded (for tests and portals). */
  get loaded(): Promise<void> {
    return this.loading ?? Promise.resolve();
  }

  /** The seat's state (read-only), for portals that show more. */
  get seatState(): SeatState | undefined {
    return this.seat;
  }

  readonly #lang = new LangController(this);
  /** Read once per load: they come from storage, and every command stamps them. */
  #ids: { session: string; device: string } | undefined;

  /** The student's full language tag (e.g. `es-MX`): it also decides how numbers are read. */
  private get locale(): string {
    return effectiveLang(this) || 'en';
  }

  private text(key: keyof (typeof strings)['en']): string {
    return this.#lang.strings(strings)[key];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Portals often set attributes one by one after the element upgraded: (re)load on any input,
    // one load at a time.
    const inputs = ['pack', 'packSrc', 'assignment', 'learner', 'store', 'group'] as const;
    if (inputs.some((key) => changed.has(key))) {
      this.loading = (this.loading ?? Promise.resolve()).then(() => this.load());
    }
    this.provider.setValue(this.contextValue());
  }

  private contextValue(): SeatContextValue | undefined {
    if (!this.loadedPack || !this.seat) return undefined;
    return {
      pack: this.loadedPack,
      state: this.seat,
      locale: this.locale,
      busy: this.busy,
      ...(this.lastResult ? { lastResult: this.lastResult } : {}),
      dispatch: (command) => this.dispatch(command),
    };
  }

  private fail(reason: 'pack' | 'storage', message: string): void {
    this.phase = 'error';
    this.errorText = message;
    this.dispatchEvent(new TutorErrorEvent(reason, message));
  }

  private async readPack(): Promise<Pack | undefined> {
    if (this.pack) return this.pack;
    if (!this.packSrc) return undefined;
    const response = await fetch(this.packSrc, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`${this.packSrc}: ${response.status}`);
    const result = parsePack(await response.text());
    if (!result.ok) throw new Error(result.errors.map((e) => `${e.pointer} ${e.message}`).join('; '));
    return result.pack;
  }

  private seatContextFor(now: number): SeatContext {
    const pack = this.loadedPack as Pack;
    this.#ids ??= { session: sessionId(this.learner), device: deviceId() };
    return {
      pack,
      dayOf: utcDay(this.utcOffset),
      learner: this.learner,
      group: this.group,
      session: this.#ids.session,
      device: this.#ids.device,
      now,
      check: { locale: this.locale },
    };
  }

  /** Loads the pack and the learner's events, then resumes or starts the assignment. */
  private async load(): Promise<void> {
    this.phase = 'loading';
    try {
      this.loadedPack = await this.readPack();
    } catch (error) {
      this.fail('pack', `${this.text('packFailed')} (${error instanceof Error ? error.message : String(error)})`);
      return;
    }
    if (!this.loadedPack || !this.learner || !this.assignment) return; // waiting for attributes
    this.#ids = undefined; // the learner may have changed
    try {
      this.activeStore = this.store ?? (await defaultStore());
      const events = await this.activeStore.read({ learner: this.learner });
      this.seat = replaySeat(events, this.seatContextFor(Date.now()));
      this.lastResult = resultAfter(events, undefined);
    } catch (error) {
      this.fail('storage', `${this.text('storageFailed')} (${error instanceof Error ? error.message : String(error)})`);
      return;
    }
    this.phase = 'ready';
    if (!this.seat.active || this.seat.session !== this.seatContextFor(Date.now()).session) {
      await this.dispatch({ type: 'start-session', locale: this.locale });
    }
    const run = this.seat.run;
    if (run?.id !== this.assignment)
      await this.dispatch({ type: 'start-assignment', assignment: this.assignment, seed: newSeed() });
  }

  /**
   * Runs a command: the engine decides, the events are stored durably, and only then is the new
   * state shown. A refused command or a failed write changes nothing.
   */
  async dispatch(command: SeatCommand): Promise<boolean> {
    if (!this.seat || !this.activeStore || !this.loadedPack) return false;
    const decision = decide(this.seat, command, this.seatContextFor(Date.now()));
    if (!decision.ok) {
      this.dispatchEvent(new TutorErrorEvent(decision.refusal, decision.message));
      return false;
    }
    this.busy = true;
    try {
      await this.activeStore.append(decision.events);
    } catch (error) {
      this.busy = false;
      this.dispatchEvent(new TutorErrorEvent('storage', error instanceof Error ? error.message : String(error)));
      return false;
    }
    this.busy = false;
    this.seat = decision.state;
    this.lastResult = resultAfter(decision.events, this.lastResult);
    this.dispatchEvent(new TutorEventsEvent(decision.events));
    for (const event of domEventsFor(decision.events)) this.dispatchEvent(event);
    return true;
  }

  private masteryView() {
    const pack = this.loadedPack;
    const run = this.seat?.run;
    const assignment = pack?.assignments?.find((a) => a.id === run?.id);
    if (!pack || !this.seat || assignment?.kind !== 'skill-builder') return nothing;
    const skill = pack.skills.find((s) => s.id === assignment.skill);
    const rule = assignment.mastery ?? skill?.mastery;
    const streak = this.seat.streaks[assignment.id];
    const bkt = this.seat.bkt[assignment.skill];
    if (rule?.model === 'bkt') {
      return html`<tutor-mastery-check model="bkt" .pKnown=${bkt?.pKnown ?? rule.pInit ?? 0.1}
        .threshold=${rule.threshold ?? 0.95} .mastered=${run?.ended === 'mastered'} .locked=${run?.ended === 'daily-limit'}
        .doneToday=${streak?.doneToday ?? 0} .dailyLimit=${rule.dailyLimit ?? 10}></tutor-mastery-check>`;
    }
    return html`<tutor-mastery-check model="streak" .streak=${streak?.streak ?? 0} .target=${rule?.model === 'streak' ? (rule.streak ?? 3) : 3}
      .mastered=${streak?.mastered ?? false} .locked=${run?.ended === 'daily-limit'} .doneToday=${streak?.doneToday ?? 0}
      .dailyLimit=${rule?.model === 'streak' ? (rule.dailyLimit ?? 10) : 10}></tutor-mastery-check>`;
  }

  private ended(reason: 'mastered' | 'finished' | 'daily-limit') {
    const key = reason === 'mastered' ? 'mastered' : reason === 'finished' ? 'finished' : 'dailyLimit';
    return html`<p part="message" class="message" role="status">${this.text(key)}</p>`;
  }

  override render() {
    if (this.phase === 'loading')
      return html`<p part="message" class="message" role="status">${this.text('loading')}</p>`;
    if (this.phase === 'error') return html`<p part="message" class="message error" role="alert">${this.errorText}</p>`;
    const pack = this.loadedPack as Pack;
    const run = this.seat?.run;
    const assignment = pack.assignments?.find((a) => a.id === run?.id);
    const title = assignment ? textFor<string>(assignment.title, this.locale, pack.locales[0] ?? 'en') : '';
    const current = run?.current;
    return html`
      <header part="header">
        <h2>${title}</h2>
        ${this.masteryView()}
      </header>
      ${run?.ended ? this.ended(run.ended) : html`<tutor-problem></tutor-problem>`}
      ${
        current?.completed && !run?.ended
          ? html`<button part="next" class="next" ?disabled=${this.busy} @click=${() => this.dispatch({ type: 'next' })}>
            ${this.text('next')}
          </button>`
          : nothing
      }
    `;
  }
}

/** The result to show: the last answer given to the problem on screen, if any. */
function resultAfter(
  events: readonly TutorEvent[],
  previous: (CheckResult & { step?: string }) | undefined,
): (CheckResult & { step?: string }) | undefined {
  let result = previous;
  for (const event of events) {
    if (event.type === 'problem.shown' || event.type === 'assignment.started') result = undefined;
    else if (event.type === 'answer.submitted') result = toResult(event);
  }
  return result;
}

function toResult(event: Extract<TutorEvent, { type: 'answer.submitted' }>): CheckResult & { step?: string } {
  return {
    verdict: event.verdict,
    reason: event.reason,
    ...(event.wrongAnswer === undefined ? {} : { wrongAnswer: event.wrongAnswer }),
    ...(event.misconception === undefined ? {} : { misconception: event.misconception }),
    ...(event.step === undefined ? {} : { step: event.step }),
  };
}
