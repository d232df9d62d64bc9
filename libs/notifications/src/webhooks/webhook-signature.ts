import { createHmac, randomBytes } from 'node:crypto';

/** Standard Webhooks v1 secrets: `whsec_` + base64 of the key. 32 random bytes (the spec asks for 24 to 64). */
export function generateSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, one per secret, space-separated (rotation signs with both). */
export function signatureHeader(msgId: string, timestampSeconds: number, body: string, secrets: readonly string[]): string {
  return secrets
    .map((secret) => {
      const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
      return `v1,${createHmac('sha256', key).update(`${msgId}.${timestampSeconds}.${body}`).digest('base64')}`;
    })
    .join(' ');
}

/** The secrets a delivery is signed with now: the current one, and the previous one for 24 h after a rotation. */
export function activeSecrets(endpoint: { secret: string; previousSecret: string | null; previousSecretExpiresAt: Date | null }, now = new Date()): string[] {
  return endpoint.previousSecret && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now ? [endpoint.secret, endpoint.previousSecret] : [endpoint.secret];
}
