/** What every route of the hub shares. */
import type { FastifyBaseLogger } from 'fastify';
import type { TokenService } from './auth/tokens.js';
import type { HubConfig } from './config.js';
import type { LiveBus } from './live/bus.js';
import type { PresenceBoard } from './live/presence.js';
import type { LoadedPack } from './packs.js';
import type { HubStorage } from './storage/types.js';

export interface HubLimits {
  /** Requests per minute and address on sign-in, join and setup. */
  readonly authPerMinute: number;
  /** Ingest requests per minute and token. */
  readonly ingestPerMinute: number;
  readonly maxBatchEvents: number;
  readonly maxBatchBytes: number;
  readonly maxEventBytes: number;
  /** Students per group. */
  readonly groupSize: number;
}

export const DEFAULT_LIMITS: HubLimits = {
  authPerMinute: 10,
  ingestPerMinute: 600,
  maxBatchEvents: 200,
  maxBatchBytes: 512 * 1024,
  maxEventBytes: 16 * 1024,
  groupSize: 4,
};

export interface HubContext {
  readonly config: HubConfig;
  readonly limits: HubLimits;
  readonly storage: HubStorage;
  readonly tokens: TokenService;
  readonly bus: LiveBus;
  readonly presence: PresenceBoard;
  readonly packs: ReadonlyMap<string, LoadedPack>;
  readonly log: FastifyBaseLogger;
}
