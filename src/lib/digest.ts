import { createHash } from 'node:crypto';

/** A short digest of any JSON value (build-time only: node:crypto). */
export function digestOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 22);
}
