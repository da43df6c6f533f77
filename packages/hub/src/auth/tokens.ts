/**
 * Short-lived signed tokens (JWT through `jose`) scoped to {group, role, learner}. The hub signs
 * with its own HMAC key; a portal may sign its own with a private key whose public key the hub
 * is configured with (issuer `portal`).
 */
import { createSecretKey, type KeyObject } from 'node:crypto';
import { errors, importSPKI, jwtVerify, SignJWT } from 'jose';

export type Role = 'student' | 'tutor' | 'admin';

export interface TokenClaims {
  readonly role: Role;
  /** Staff user id, or the learner reference for students. */
  readonly sub: string;
  /** The student's group. */
  readonly group?: string;
  /** The groups a tutor may read. */
  readonly groups?: readonly string[];
  readonly learner?: string;
}

export interface TokenService {
  sign(claims: TokenClaims, ttlSeconds?: number): Promise<string>;
  /** The claims of a valid token; throws {@link TokenError} otherwise. */
  verify(token: string): Promise<TokenClaims>;
}

export class TokenError extends Error {
  override readonly name = 'TokenError';
}

const ISSUER = 'tutorkit-hub';
const AUDIENCE = 'tutorkit';
const PORTAL_ALGORITHMS = ['ES256', 'EdDSA', 'RS256'];

export interface TokenOptions {
  /** At least 32 bytes. */
  readonly secret: Uint8Array;
  readonly ttlSeconds: number;
  /** A portal's public key (SPKI PEM): tokens it signs with issuer `portal` are accepted too. */
  readonly portalPublicKey?: string;
}

export async function createTokenService(options: TokenOptions): Promise<TokenService> {
  const key: KeyObject = createSecretKey(Buffer.from(options.secret));
  const portal = options.portalPublicKey ? await importPortalKey(options.portalPublicKey) : undefined;
  // Devices send the same token with every batch: remember verified ones until they expire.
  const verified = new Map<string, { claims: TokenClaims; exp: number }>();
  return {
    async sign(claims, ttlSeconds = options.ttlSeconds) {
      return new SignJWT({ ...claims })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
        .sign(key);
    },
    async verify(token) {
      const known = verified.get(token);
      if (known && known.exp > Date.now() / 1000) return known.claims;
      try {
        const header = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString()) as { alg?: string };
        const { payload } =
          header.alg === 'HS256' || !portal
            ? await jwtVerify(token, key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] })
            : await jwtVerify(token, portal, { issuer: 'portal', audience: AUDIENCE, algorithms: PORTAL_ALGORITHMS });
        const claims = readClaims(payload);
        if (verified.size >= 10_000) verified.clear();
        verified.set(token, { claims, exp: payload.exp ?? 0 });
        return claims;
      } catch (error) {
        if (error instanceof TokenError) throw error;
        if (error instanceof errors.JWTExpired) throw new TokenError('token expired');
        throw new TokenError('token invalid');
      }
    },
  };
}

async function importPortalKey(pem: string) {
  for (const alg of PORTAL_ALGORITHMS) {
    try {
      return await importSPKI(pem, alg);
    } catch {
      // try the next algorithm
    }
  }
  throw new Error('portal public key: not an SPKI PEM key for ES256, EdDSA or RS256');
}

function readClaims(payload: Record<string, unknown>): TokenClaims {
  const { role, sub, group, groups, learner } = payload;
  if (typeof sub !== 'string') throw new TokenError('token invalid: no subject');
  if (role === 'student') {
    if (typeof group !== 'string' || typeof learner !== 'string')
      throw new TokenError('token invalid: a student token needs group and learner');
    return { role, sub, group, learner };
  }
  if (role === 'tutor') {
    const list = Array.isArray(groups) ? groups.filter((g): g is string => typeof g === 'string') : [];
    if (typeof group === 'string') list.push(group);
    return { role, sub, groups: list };
  }
  if (role === 'admin') return { role, sub };
  throw new TokenError('token invalid: unknown role');
}
