/** One student's card on the tutor's panel. */
import type { HelpNeed, LearnerLive, Pack } from '@tutorkit/core';
import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../internal/i18n.js';
import { renderRichText } from '../internal/rich-text.js';
import type { Presence } from './group-follow.js';
import { duration, presenceWords, reasonWords, responseWords, verdictWords } from './group-words.js';
import type { GroupPanelStrings } from './tutor-group-panel.strings.js';

export type CardForm = 'accept' | 'note';

export interface CardModel {
  readonly index: number;
  readonly learner: string;
  readonly name: string;
  readonly live: LearnerLive | undefined;
  readonly need: HelpNeed | undefined;
  readonly rank: number | undefined;
  readonly presence: Presence | undefined;
  /** Rich text of the current problem's stem. */
  readonly stem: string | undefined;
  readonly form: CardForm | undefined;
  readonly busy: boolean;
}

export interface CardContext {
  readonly t: GroupPanelStrings;
  readonly pack: Pack | undefined;
  readonly locale: string;
  helped(learner: string): void;
  reset(learner: string, assignment: string): void;
  open(learner: string, form: CardForm): void;
  cancel(): void;
  submit(learner: string, form: CardForm, text: string): void;
}

function state(card: CardModel): 'needs-help' | 'working' | 'done' | 'not-started' {
  if (card.need) return 'needs-help';
  const live = card.live;
  if (!live?.problem) return 'not-started';
  if (live.problemDone || live.assignmentEnded) return 'done';
  return 'working';
}

function statusWords(card: CardModel, t: GroupPanelStrings): string {
  if (card.rank !== undefined) return format(t.rank, { n: card.rank });
  const live = card.live;
  if (live?.assignmentEnded === 'mastered') return t.assignmentMastered;
  if (live?.assignmentEnded === 'finished') return t.assignmentFinished;
  if (live?.problemDone) return t.problemDone;
  return live?.problem ? t.working : t.notStarted;
}

function facts(card: CardModel, c: CardContext): TemplateResult {
  const { t } = c;
  const live = card.live;
  if (!live) return html``;
  const last = live.lastAnswer;
  const row = (name: string, key: string, value: unknown) =>
    html`<div class="fact" data-fact=${key}><dt>${name}</dt><dd>${value}</dd></div>`;
  return html`<dl part="facts" class="facts">
    ${row(t.attempts, 'attempts', live.attempts)} ${row(t.hints, 'hints', live.hints)}
    ${row(
      t.lastAnswer,
      'last-answer',
      last ? html`<bdi>${responseWords(last.response)}</bdi> (${verdictWords(last.verdict, t)})` : t.noAnswer,
    )}
    ${live.misconceptionTitle ? row(t.mistake, 'mistake', live.misconceptionTitle) : nothing}
    ${row(t.streak, 'streak', live.streak)}
    ${live.mastered.length > 0 ? row(t.mastered, 'mastered', live.mastered.length) : nothing}
    ${live.problem && !live.problemDone ? row(t.timeOnProblem, 'time', duration(live.timeOnProblemMs, t)) : nothing}
    ${row(t.idleFor, 'idle', duration(live.idleMs, t))}
  </dl>`;
}

function form(card: CardModel, c: CardContext): TemplateResult | typeof nothing {
  if (!card.form) return nothing;
  const { t } = c;
  const id = `form-${card.index}`;
  const label = card.form === 'accept' ? t.acceptReason : format(t.noteText, { name: card.name });
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).querySelector('input');
    const text = input?.value.trim() ?? '';
    if (text) c.submit(card.learner, card.form as CardForm, text);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') c.cancel();
  };
  return html`<form part="form" class="form" @submit=${onSubmit} @keydown=${onKey}>
    <label for=${id}>${label}</label>
    <input id=${id} part="input" type="text" autocomplete="off" maxlength="500"
      .value=${card.form === 'accept' ? t.acceptDefault : ''} />
    <div class="buttons">
      <button part="button primary" type="submit" ?disabled=${card.busy}>
        ${card.form === 'accept' ? t.acceptConfirm : t.noteSave}
      </button>
      <button part="button" type="button" @click=${() => c.cancel()}>${t.cancel}</button>
    </div>
  </form>`;
}

function actions(card: CardModel, c: CardContext): TemplateResult {
  const { t } = c;
  const live = card.live;
  const open = live?.problem !== undefined && !live.problemDone && !live.assignmentEnded;
  const locked = live?.assignmentEnded === 'daily-limit' && live.assignment !== undefined;
  return html`<div part="actions" class="actions" role="group" aria-label=${format(t.actionsFor, { name: card.name })}>
    ${card.need ? html`<button part="button" data-action="helped" ?disabled=${card.busy} @click=${() => c.helped(card.learner)}>${t.helped}</button>` : nothing}
    ${open ? html`<button part="button" data-action="accept" aria-expanded=${card.form === 'accept' ? 'true' : 'false'} ?disabled=${card.busy} @click=${() => c.open(card.learner, 'accept')}>${t.accept}</button>` : nothing}
    ${locked ? html`<button part="button" data-action="reset" ?disabled=${card.busy} @click=${() => c.reset(card.learner, live.assignment as string)}>${t.reset}</button>` : nothing}
    <button part="button" data-action="note" aria-expanded=${card.form === 'note' ? 'true' : 'false'} ?disabled=${card.busy} @click=${() => c.open(card.learner, 'note')}>${t.note}</button>
  </div>`;
}

/** The card of one learner. */
export function renderCard(card: CardModel, c: CardContext): TemplateResult {
  const { t } = c;
  const heading = `name-${card.index}`;
  const ask = card.live?.ask;
  return html`<li part="card" class="card" data-learner=${card.learner} data-state=${state(card)}
      data-attempts=${card.live?.attempts ?? 0} data-hints=${card.live?.hints ?? 0}>
    <div class="top">
      <h3 id=${heading} part="name">${card.name}</h3>
      <span part="status" class="status">${statusWords(card, t)}</span>
      ${card.presence ? html`<span part="presence" class="presence" data-presence=${card.presence.state}>${presenceWords(card.presence, t)}</span>` : nothing}
    </div>
    ${
      card.need
        ? html`<ul part="reasons" class="reasons">
          ${card.need.reasons.map((r) => html`<li data-reason=${r.code}>${reasonWords(r, t, c.pack, c.locale)}</li>`)}
        </ul>`
        : nothing
    }
    ${ask && !card.live?.problemDone ? html`<div part="ask" class="ask"><p class="label">${t.ask}</p><div class="rich">${renderRichText(ask)}</div></div>` : nothing}
    ${card.stem ? html`<div part="problem" class="problem"><p class="label">${t.problem}</p><div class="rich">${renderRichText(card.stem)}</div></div>` : nothing}
    ${facts(card, c)} ${actions(card, c)} ${form(card, c)}
  </li>`;
}
