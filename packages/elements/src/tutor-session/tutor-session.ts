import { ContextProvider } from '@lit/context';
import {
  type CheckResult,
  decide,
  type Pack,
  readPack,
  replaySeat,
  type SeatCommand,
  type SeatContext,
  type SeatState,
  type TutorEvent,
  textFor,
  utcDay,
} from '@tutorkit/core';
import type { LiveChannel, LiveCommand } from '@tutorkit/sync';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { effectiveLang, LangController } from '../internal/i18n.js';
import { loadKatex } from '../tutor-math/tutor-math.js';
import { type SeatContextValue, seatContext } from './seat-context.js';
import { SeatLiveController } from './seat-live.js';
import { defaultStore, deviceId, newSeed, type SeatStore, sessionId } from './seat-store.js';
import { domEventsFor, TutorErrorEvent, TutorEventsEvent } from './tutor-session.events.js';
import { strings } from './tutor-session.strings.js';
import { styles } from './tutor-session.styles.js';

type Phase = 'loading' | 'ready' | 'error';

/** Just what `#prepareMath` reads: a checked pack, or a pack's JSON not yet checked. */
interface LoosePack {
  readonly problems?: readonly { readonly id?: unknown; readonly stem?: unknown; readonly answer?: unknown }[];
  readonly assignments?: readonly { readonly id?: unknown; readonly problems?: readonly unknown[] }[];
}

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
 *
 * Given a live `channel`, the seat publishes its presence (online, typing, idle) and the events it
 * stored, starts the assignment the tutor's console asks for, and takes in events the tutor wrote
 * for this learner (an override, a reset).
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
  /** The group's live channel (e.g. `BroadcastLiveChannel`): presence, events and the tutor's commands. */
  @property({ attribute: false }) accessor channel: LiveChannel | undefined;
  /** Milliseconds without input after which the seat tells the tutor it is idle. */
  @property({ type: Number, attribute: 'idle-after' }) accessor idleAfter = 60_000;

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
  readonly #live = new SeatLiveController(this);
  /** The IndexedDB store this element opened, when none was given: opened once, not per load. */
  #defaultStore: Promise<SeatStore> | undefined;
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

  protected override updated(): void {
    this.#live.sync();
  }

  /** The session and device ids stamped on this seat's events (for the live channel). */
  get liveIds(): { readonly session: string; readonly device: string } | undefined {
    return this.#ids;
  }

  /** Runs a command of the tutor's console: start the assignment of the plan's next segment. */
  obey(command: LiveCommand): void {
    if (command.type === 'start-assignment' && this.loadedPack?.assignments?.some((a) => a.id === command.assignment))
      this.assignment = command.assignment;
  }

  /** Takes in events written for this learner on another device: the seat is replayed from the store. */
  absorb(events: readonly TutorEvent[]): void {
    this.loading = (this.loading ?? Promise.resolve()).then(async () => {
      if (!this.activeStore || !this.loadedPack || this.phase !== 'ready') return;
      const stored = await this.activeStore.read({ learner: this.learner });
      this.seat = replaySeat(stored, this.seatContextFor(Date.now()));
      this.lastResult = resultAfter(stored, undefined);
      const run = this.seat.run;
      // The tutor lifted the daily lock: start the assignment again.
      if (run?.ended === 'daily-limit' && events.some((e) => e.type === 'tutor.reset' && e.assignment === run.id))
        await this.dispatch({ type: 'start-assignment', assignment: run.id, seed: newSeed() });
    });
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

  /** The pack: the given one, or the one at `pack-src`, checked (the store opens meanwhile). */
  private async fetchPack(): Promise<Pack | undefined> {
    if (this.pack) {
      this.#prepareMath(this.pack, this.assignment);
      return this.pack;
    }
    if (!this.packSrc) return undefined;
    const response = await fetch(this.packSrc, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`${this.packSrc}: ${response.status}`);
    const text = await response.text();
    // A first look before the check, which takes a while on a cold page; a broken pack is the checker's to report.
    if (text.includes('$')) {
      try {
        // The module's request goes out only once this task ends: end it before the long check.
        if (this.#prepareMath(JSON.parse(text) as LoosePack, this.assignment))
          await new Promise((resolve) => setTimeout(resolve));
      } catch {}
    }
    const result = await readPack(text);
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
    // The store opens while the pack loads: the first problem waits for the slower of the two.
    if (!this.store) this.#defaultStore ??= defaultStore();
    const opening = this.store ? Promise.resolve(this.store) : (this.#defaultStore as Promise<SeatStore>);
    opening.catch(() => {
      this.#defaultStore = undefined; // try again on the next load
    });
    // Read from storage while the pack downloads: the learner may have changed since the last load.
    this.#ids = this.learner ? { session: sessionId(this.learner), device: deviceId() } : undefined;
    try {
      this.loadedPack = await this.fetchPack();
    } catch (error) {
      this.fail('pack', `${this.text('packFailed')} (${error instanceof Error ? error.message : String(error)})`);
      return;
    }
    if (!this.loadedPack || !this.learner || !this.assignment) return; // waiting for attributes
    try {
      this.activeStore = await opening;
      const events = await this.activeStore.read({ learner: this.learner });
      this.seat = replaySeat(events, this.seatContextFor(Date.now()));
      this.lastResult = resultAfter(events, undefined);
    } catch (error) {
      this.fail('storage', `${this.text('storageFailed')} (${error instanceof Error ? error.message : String(error)})`);
      return;
    }
    this.phase = 'ready';
    // Starting the session and the assignment is one durable write, not two.
    await this.dispatchAll([
      (seat) =>
        !seat.active || seat.session !== this.seatContextFor(Date.now()).session
          ? { type: 'start-session', locale: this.locale }
          : undefined,
      (seat) =>
        seat.run?.id !== this.assignment
          ? { type: 'start-assignment', assignment: this.assignment, seed: newSeed() }
          : undefined,
    ]);
    this.#live.ready();
  }

  /**
   * Runs a command: the engine decides, the events are stored durably, and only then is the new
   * state shown. A refused command or a failed write changes nothing.
   */
  async dispatch(command: SeatCommand): Promise<boolean> {
    return this.dispatchAll([() => command]);
  }

  /**
   * Runs commands in turn, each chosen from the state the previous one leads to (`undefined`
   * skips), and stores all their events in one write: all are shown, or none.
   */
  private async dispatchAll(steps: readonly ((seat: SeatState) => SeatCommand | undefined)[]): Promise<boolean> {
    if (!this.seat || !this.activeStore || !this.loadedPack) return false;
    let state = this.seat;
    const events: TutorEvent[] = [];
    for (const step of steps) {
      const command = step(state);
      if (!command) continue;
      const decision = decide(state, command, this.seatContextFor(Date.now()));
      if (!decision.ok) {
        this.dispatchEvent(new TutorErrorEvent(decision.refusal, decision.message));
        return false;
      }
      state = decision.state;
      events.push(...decision.events);
    }
    if (events.length === 0) return true;
    if (state.run?.current) this.#prepareMath(this.loadedPack, state.run.id, state.run.current.id);
    this.busy = true;
    try {
      await this.activeStore.append(events);
    } catch (error) {
      this.busy = false;
      this.dispatchEvent(new TutorErrorEvent('storage', error instanceof Error ? error.message : String(error)));
      return false;
    }
    this.busy = false;
    this.seat = state;
    this.lastResult = resultAfter(events, this.lastResult);
    this.#live.published(events);
    this.dispatchEvent(new TutorEventsEvent(events));
    for (const event of domEventsFor(events)) this.dispatchEvent(event);
    return true;
  }

  /**
   * Starts loading KaTeX early — while the pack is checked, the store opens and the events are
   * stored — when the problem about to be shown (or, before it is known, any problem of the
   * assignment) has TeX. Takes the checked pack or, before checking, its raw JSON.
   */
  #prepareMath(pack: LoosePack | undefined, assignment: string, problem?: string): boolean {
    const ids = new Set<unknown>(
      problem ? [problem] : (pack?.assignments?.find((a) => a.id === assignment)?.problems ?? []),
    );
    const needed = pack?.problems?.some((p) => ids.has(p.id) && JSON.stringify([p.stem, p.answer]).includes('$'));
    if (needed) loadKatex().catch(() => undefined);
    return needed === true;
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
