import { isIP } from 'node:net';
import { InvalidInputError } from '@embauche/common';
import { forbiddenAddress } from './ssrf-guard';
import { NotificationErrorCode } from '../notification-errors';

/**
 * A first check at registration: http(s), no credentials, no literal internal
 * address or localhost name. It is only a courtesy (a name can resolve
 * anywhere later); the check that protects is the one on the address actually
 * connected to, at every delivery.
 */
export function checkWebhookUrl(raw: string, allowPrivateNetworks: boolean): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw InvalidInputError.field(NotificationErrorCode.WebhookUrlInvalid, 'url', 'must be an absolute http(s) URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw InvalidInputError.field(NotificationErrorCode.WebhookUrlInvalid, 'url', 'must use https (or http)');
  if (url.username || url.password) throw InvalidInputError.field(NotificationErrorCode.WebhookUrlInvalid, 'url', 'must not carry credentials; authenticate the requests by their signature');
  if (!allowPrivateNetworks) {
    const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.internal')) throw InvalidInputError.field(NotificationErrorCode.WebhookUrlForbidden, 'url', 'must not point to a local or internal host');
    if (isIP(host) && forbiddenAddress(host)) throw InvalidInputError.field(NotificationErrorCode.WebhookUrlForbidden, 'url', 'must not point to a loopback, private, link-local or metadata address');
  }
  return url.toString();
}
