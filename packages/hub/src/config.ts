/**
 * The hub's configuration, from command-line flags first, then environment variables, then
 * defaults. Every setting has both forms: `--port 8787` or `TUTORKIT_PORT=8787`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export interface HubConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** Pack files (JSON); empty = the built-in curriculum. */
  readonly packs: readonly string[];
  /** HMAC key for the hub's tokens; when absent one is generated once and kept in the data dir. */
  readonly tokenKey?: Uint8Array;
  /** A portal's public key (SPKI PEM) whose tokens the hub accepts. */
  readonly portalPublicKey?: string;
  readonly tokenTtlSeconds: number;
  readonly joinCodeTtlSeconds: number;
  readonly logLevel: string;
  /** Serve the classroom pages (off for API-only tests). */
  readonly serveApp: boolean;
}

export const DEFAULTS = {
  port: 8787,
  host: '0.0.0.0',
  dataDir: './tutorkit-data',
  tokenTtlSeconds: 2 * 60 * 60,
  joinCodeTtlSeconds: 12 * 60 * 60,
  logLevel: 'info',
} as const;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export const HELP = `Options (each also as an environment variable):
  --port <n>               TUTORKIT_PORT            port to listen on (default ${DEFAULTS.port})
  --host <addr>            TUTORKIT_HOST            address to listen on (default ${DEFAULTS.host}: the LAN)
  --data <dir>             TUTORKIT_DATA            data directory (default ${DEFAULTS.dataDir})
  --pack <file>            TUTORKIT_PACKS           a pack file; repeat, or a comma-separated list (default: built-in curriculum)
  --token-key <secret>     TUTORKIT_TOKEN_KEY       token signing key, ≥ 32 bytes as hex or base64 (default: generated in the data dir)
  --portal-public-key <f>  TUTORKIT_PORTAL_PUBLIC_KEY  PEM file of a portal's public key: accept tokens it signs
  --token-ttl <s>          TUTORKIT_TOKEN_TTL       token lifetime in seconds (default ${DEFAULTS.tokenTtlSeconds})
  --join-ttl <s>           TUTORKIT_JOIN_TTL        join code lifetime in seconds (default ${DEFAULTS.joinCodeTtlSeconds})
  --log-level <level>      TUTORKIT_LOG_LEVEL       fatal, error, warn, info, debug (default ${DEFAULTS.logLevel})`;

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new ConfigError(`${name}: expected a whole number > 0, got "${value}"`);
  return n;
}

function readKey(value: string | undefined): Uint8Array | undefined {
  if (value === undefined) return undefined;
  const bytes = /^[0-9a-f]+$/i.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  if (bytes.length < 32) throw new ConfigError('token key: needs at least 32 bytes (64 hex characters)');
  return bytes;
}

/** Reads the configuration; throws {@link ConfigError} with a reason on a bad value. */
export function loadConfig(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): HubConfig {
  let values: Record<string, string | string[] | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        pack: { type: 'string', multiple: true },
        'token-key': { type: 'string' },
        'portal-public-key': { type: 'string' },
        'token-ttl': { type: 'string' },
        'join-ttl': { type: 'string' },
        'log-level': { type: 'string' },
        'no-app': { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  const str = (flag: string, name: string) => (values[flag] as string | undefined) ?? env[name];
  const packs = (values.pack as string[] | undefined) ?? env.TUTORKIT_PACKS?.split(',').filter(Boolean) ?? [];
  const keyFile = str('portal-public-key', 'TUTORKIT_PORTAL_PUBLIC_KEY');
  let portalPublicKey: string | undefined;
  if (keyFile) {
    try {
      portalPublicKey = keyFile.includes('BEGIN PUBLIC KEY') ? keyFile : readFileSync(keyFile, 'utf8');
    } catch (error) {
      throw new ConfigError(`portal public key: cannot read ${keyFile} (${(error as Error).message})`);
    }
  }
  const port = positive('port', str('port', 'TUTORKIT_PORT'), DEFAULTS.port);
  if (port > 65535) throw new ConfigError(`port: ${port} is above 65535`);
  const tokenKey = readKey(str('token-key', 'TUTORKIT_TOKEN_KEY'));
  return {
    port,
    host: str('host', 'TUTORKIT_HOST') ?? DEFAULTS.host,
    dataDir: resolve(str('data', 'TUTORKIT_DATA') ?? DEFAULTS.dataDir),
    packs: packs.map((p) => resolve(p.trim())),
    ...(tokenKey ? { tokenKey } : {}),
    ...(portalPublicKey ? { portalPublicKey } : {}),
    tokenTtlSeconds: positive('token ttl', str('token-ttl', 'TUTORKIT_TOKEN_TTL'), DEFAULTS.tokenTtlSeconds),
    joinCodeTtlSeconds: positive('join ttl', str('join-ttl', 'TUTORKIT_JOIN_TTL'), DEFAULTS.joinCodeTtlSeconds),
    logLevel: str('log-level', 'TUTORKIT_LOG_LEVEL') ?? DEFAULTS.logLevel,
    serveApp: values['no-app'] !== true,
  };
}
