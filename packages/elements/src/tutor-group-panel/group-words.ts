/** The panel's plain words: reasons, verdicts, presence and durations in the tutor's language. */
import type { HelpReason, Pack, Verdict } from '@tutorkit/core';
import { textFor } from '@tutorkit/core';
import { format } from '../internal/i18n.js';
import type { Presence } from './group-follow.js';
import type { GroupPanelStrings } from './tutor-group-panel.strings.js';

/** "42 s" or "3 min 05 s". */
export function duration(ms: number, t: GroupPanelStrings): string {
  const total = Math.max(0, Math.round(ms / 1000));
  if (total < 60) return format(t.seconds, { s: total });
  return format(t.minutes, { m: Math.floor(total / 60), s: String(total % 60).padStart(2, '0') });
}

export function assignmentTitle(pack: Pack | undefined, id: string | undefined, locale: string): string {
  const found = pack?.assignments?.find((a) => a.id === id);
  return found && pack ? textFor<string>(found.title, locale, pack.locales[0] ?? 'en') : (id ?? '');
}

/** A reason in the tutor's language, from its code and numbers. */
export function reasonWords(reason: HelpReason, t: GroupPanelStrings, pack: Pack | undefined, locale: string): string {
  switch (reason.code) {
    case 'daily-limit':
      return format(t.reasonDailyLimit, { assignment: assignmentTitle(pack, reason.assignment, locale) });
    case 'bottom-out':
      return t.reasonBottomOut;
    case 'repeated-wrong':
      return format(t.reasonRepeatedWrong, { count: reason.count ?? 2, response: reason.response ?? '—' });
    case 'unreadable':
      return format(t.reasonUnreadable, { count: reason.count ?? 2 });
    case 'idle':
      return format(t.reasonIdle, { time: duration((reason.seconds ?? 0) * 1000, t) });
    case 'many-hints':
      return format(t.reasonManyHints, { count: reason.count ?? 2 });
  }
}

export function verdictWords(verdict: Verdict, t: GroupPanelStrings): string {
  const words: Record<Verdict, string> = {
    correct: t.verdictCorrect,
    incorrect: t.verdictIncorrect,
    unreadable: t.verdictUnreadable,
    'needs-simplifying': t.verdictNeedsSimplifying,
    'wrong-form': t.verdictWrongForm,
    ungraded: t.verdictUngraded,
  };
  return words[verdict];
}

export function presenceWords(presence: Presence | undefined, t: GroupPanelStrings): string {
  switch (presence?.state) {
    case 'typing':
      return t.presenceTyping;
    case 'idle':
      return t.presenceIdle;
    case 'offline':
      return t.presenceOffline;
    case 'online':
      return t.presenceOnline;
    default:
      return '';
  }
}

export function responseWords(response: string | readonly string[]): string {
  return Array.isArray(response) ? response.join(', ') : String(response);
}
