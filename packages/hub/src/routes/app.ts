/**
 * The classroom pages, built by Vite from app/ into app-dist/: /, /join, /tutor, /admin. Served
 * with a strict Content-Security-Policy: nothing runs or loads from anywhere else.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const APP_DIST = fileURLToPath(new URL('../../app-dist/', import.meta.url));

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

export async function registerAppRoutes(app: FastifyInstance): Promise<boolean> {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('content-security-policy', CSP);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    return payload;
  });
  if (!existsSync(APP_DIST)) {
    app.get('/', async (_request, reply) =>
      reply.type('text/plain').send('The classroom pages are not built: run `pnpm --filter @tutorkit/hub build:app`.'),
    );
    return false;
  }
  await app.register(fastifyStatic, { root: APP_DIST, redirect: true, index: ['index.html'] });
  return true;
}
