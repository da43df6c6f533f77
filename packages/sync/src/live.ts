/**
 * The live channel: one contract for every tier (BroadcastChannel between the tabs of one
 * browser in T0; the hub's WebSocket in T1; Redis pub/sub behind the hub in T2). It carries
 * three kinds of message, all scoped to one group:
 * - `events`: events that were just stored durably (the store stays the source of truth; a
 *   message lost on the channel is found again by reading the store);
 * - `presence`: online, idle, typing — what a seat is doing right now, never stored;
 * - `command`: the tutor's console telling the group's seats what to do (e.g. start the
 *   assignment of the next segment of the session plan).
 */
import type { TutorEvent } from '@tutorkit/core';

/** What a seat is doing right now. `offline` is sent when a seat closes. */
export type PresenceState = 'online' | 'idle' | 'typing' | 'offline';

export const PRESENCE_STATES: readonly PresenceState[] = ['online', 'idle', 'typing', 'offline'];

/** Events just stored by a device of the group. */
export interface LiveEventsMessage {
  readonly kind: 'events';
  readonly group: string;
  readonly events: readonly TutorEvent[];
}

/** A seat's presence: not an event, never stored. `learner` is an opaque reference. */
export interface LivePresenceMessage {
  readonly kind: 'presence';
  readonly group: string;
  readonly learner: string;
  readonly device: string;
  readonly state: PresenceState;
  /** The sender's clock reading, ms since the epoch. */
  readonly at: number;
}

/** What the tutor's console can ask the group's seats to do. */
export type LiveCommand = {
  readonly type: 'start-assignment';
  readonly assignment: string;
  /** The plan and segment index that asked for it, for the record. */
  readonly plan?: string;
  readonly segment?: number;
};

/** A command from the tutor's console to every seat of the group. */
export interface LiveCommandMessage {
  readonly kind: 'command';
  readonly group: string;
  readonly command: LiveCommand;
  readonly at: number;
}

export type LiveMessage = LiveEventsMessage | LivePresenceMessage | LiveCommandMessage;

/** A message to publish: the channel stamps its group. */
export type LiveMessageInput =
  | Omit<LiveEventsMessage, 'group'>
  | Omit<LivePresenceMessage, 'group'>
  | Omit<LiveCommandMessage, 'group'>;

export type LiveListener = (message: LiveMessage) => void;

/** A group's live channel. Messages are delivered to the group's other members, not to the sender. */
export interface LiveChannel {
  /** The group this channel is scoped to: only its messages are sent and heard. */
  readonly group: string;
  /** Sends a message to the group (best effort: the store, not the channel, is durable). */
  publish(message: LiveMessageInput): void;
  /** Calls `listener` with every valid message of the group from others. Returns an unsubscribe function. */
  subscribe(listener: LiveListener): () => void;
  /** Stops sending and hearing. Later `publish` calls are ignored. */
  close(): void;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

function isCommand(value: unknown): value is LiveCommand {
  return isObject(value) && value.type === 'start-assignment' && isText(value.assignment);
}

/**
 * The message if `data` is a well-formed message of `group`, else `undefined`: whatever arrives
 * on a channel is checked before anyone uses it.
 */
export function readLiveMessage(data: unknown, group: string): LiveMessage | undefined {
  if (!isObject(data) || data.group !== group) return undefined;
  switch (data.kind) {
    case 'events':
      return Array.isArray(data.events) && data.events.every((e) => isObject(e) && isText(e.id) && isText(e.learner))
        ? (data as unknown as LiveEventsMessage)
        : undefined;
    case 'presence':
      return isText(data.learner) &&
        isText(data.device) &&
        PRESENCE_STATES.includes(data.state as PresenceState) &&
        typeof data.at === 'number'
        ? (data as unknown as LivePresenceMessage)
        : undefined;
    case 'command':
      return isCommand(data.command) && typeof data.at === 'number'
        ? (data as unknown as LiveCommandMessage)
        : undefined;
    default:
      return undefined;
  }
}
