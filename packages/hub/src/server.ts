/**
 * Builds and starts the hub: Fastify with JSON logs (pino), rate limits, WebSocket, the routes,
 * and a graceful close that stops taking requests, lets those in flight finish, then closes the
 * database.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyInstance } from 'fastify';
import { prepareSetup } from './auth/first-run.js';
import { HttpError } from './auth/guard.js';
import { createTokenService } from './auth/tokens.js';
import type { HubConfig } from './config.js';
import { DEFAULT_LIMITS, type HubContext, type HubLimits } from './context.js';
import { InProcessBus } from './live/bus.js';
import { PresenceBoard } from './live/presence.js';
import { loadPacks } from './packs.js';
import { registerAdminRoutes } from './routes/admin.js';
import { registerAppRoutes } from './routes/app.js';
import { registerAuthRoutes } from './routes/auth.js';
import { registerEventRoutes } from './routes/events.js';
import { registerInfoRoutes } from './routes/info.js';
import { registerLiveRoutes } from './routes/live.js';
import { openSqliteStorage } from './storage/sqlite.js';
import type { HubStorage } from './storage/types.js';

export interface HubOptions {
  readonly limits?: Partial<HubLimits>;
  /** Another storage (e.g. PostgreSQL); default: SQLite in the data dir. */
  readonly storage?: HubStorage;
  /** Where logs go (default: stdout as JSON lines). */
  readonly logStream?: NodeJS.WritableStream;
}

export interface Hub {
  readonly app: FastifyInstance;
  readonly ctx: HubContext;
  /** http://host:port as listened on. */
  readonly url: string;
  readonly port: number;
  /** Set on a first run (no admin yet): the one-time code to create the first admin. */
  readonly setupCode: string | undefined;
  readonly appBuilt: boolean;
  close(): Promise<void>;
}

/** The token key from the config, else the one kept in the data dir (made on first run, mode 0600). */
function tokenKey(config: HubConfig): Uint8Array {
  if (config.tokenKey) return config.tokenKey;
  const file = join(config.dataDir, 'token-key');
  try {
    return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  } catch {
    const key = randomBytes(32);
    writeFileSync(file, key.toString('hex'), { mode: 0o600, flag: 'wx' });
    return key;
  }
}

export async function startHub(config: HubConfig, options: HubOptions = {}): Promise<Hub> {
  mkdirSync(config.dataDir, { recursive: true });
  const packs = loadPacks(config.packs);
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: ['req.headers.authorization', 'req.body.password', 'req.body.code'],
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    bodyLimit: 256 * 1024,
    trustProxy: false,
    forceCloseConnections: false,
    return503OnClosing: true,
  });
  const storage = options.storage ?? openSqliteStorage(config.dataDir);
  const ctx: HubContext = {
    config,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    storage,
    tokens: await createTokenService({
      secret: tokenKey(config),
      ttlSeconds: config.tokenTtlSeconds,
      ...(config.portalPublicKey ? { portalPublicKey: config.portalPublicKey } : {}),
    }),
    bus: new InProcessBus(),
    presence: new PresenceBoard(),
    packs,
    log: app.log,
  };

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string; validation?: unknown }, request, reply) => {
    if (error instanceof HttpError)
      return reply.code(error.statusCode).send({ error: error.code, message: error.message });
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply.code(status).send({ error: 'server-error', message: 'the hub could not do that; see its log' });
    }
    const code =
      status === 413
        ? 'too-large'
        : status === 429
          ? 'rate-limited'
          : error.validation
            ? 'invalid-request'
            : 'bad-request';
    return reply.code(status).send({ error: code, message: error.message });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: 'not-found', message: `nothing at ${request.method} ${request.url.split('?')[0]}` }),
  );

  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyWebsocket, { options: { maxPayload: 64 * 1024 } });
  registerInfoRoutes(app, ctx);
  registerAuthRoutes(app, ctx);
  registerEventRoutes(app, ctx);
  registerLiveRoutes(app, ctx);
  registerAdminRoutes(app, ctx);
  const appBuilt = config.serveApp ? await registerAppRoutes(app) : false;

  const setupCode = await prepareSetup(storage);
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;

  let closing: Promise<void> | undefined;
  return {
    app,
    ctx,
    url: `http://${host}:${port}`,
    port,
    setupCode,
    appBuilt,
    close() {
      closing ??= (async () => {
        // Live sockets would keep the server open: tell them to reconnect elsewhere/later.
        for (const client of app.websocketServer?.clients ?? []) client.close(1001, 'hub shutting down');
        await app.close();
        await storage.close();
      })();
      return closing;
    },
  };
}
