/**
 * First run: there is no default password. While no admin exists, each start prints a fresh
 * one-time setup code (kept only as a scrypt hash, valid for a day) with which the program lead
 * creates the first admin account at /admin.
 */
import type { HubStorage } from '../storage/types.js';
import { hashPassword, randomSecret, verifyPassword } from './passwords.js';

const KEY = 'setup-code';
const TTL_MS = 24 * 60 * 60 * 1000;

/** A new setup code when the hub has no admin yet, else undefined. */
export async function prepareSetup(storage: HubStorage): Promise<string | undefined> {
  if ((await storage.listUsers()).some((u) => u.role === 'admin')) {
    await storage.setSetting(KEY, undefined);
    return undefined;
  }
  const code = randomSecret();
  await storage.setSetting(KEY, JSON.stringify({ hash: await hashPassword(code), expires: Date.now() + TTL_MS }));
  return code;
}

/** Whether `code` is the current setup code; a used code is deleted by the caller. */
export async function checkSetupCode(storage: HubStorage, code: string): Promise<boolean> {
  const stored = await storage.getSetting(KEY);
  if (!stored) return false;
  const { hash, expires } = JSON.parse(stored) as { hash: string; expires: number };
  return Date.now() < expires && (await verifyPassword(code.trim().toUpperCase(), hash));
}

export async function finishSetup(storage: HubStorage): Promise<void> {
  await storage.setSetting(KEY, undefined);
}
