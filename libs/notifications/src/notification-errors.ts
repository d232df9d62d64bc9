/** What the webhook endpoints API refuses. */
export const NotificationErrorCode = {
  WebhookEndpointNotFound: 'webhook_endpoint_not_found',
  WebhookDeliveryNotFound: 'webhook_delivery_not_found',
  /** Replaying a delivery of a disabled endpoint (409): enable it first. */
  WebhookEndpointDisabled: 'webhook_endpoint_disabled',
  /** Not an absolute http(s) URL, or one carrying credentials (400). */
  WebhookUrlInvalid: 'webhook_url_invalid',
  /** A local, loopback, private, link-local or metadata destination (400) unless WEBHOOK_ALLOW_PRIVATE_NETWORKS. */
  WebhookUrlForbidden: 'webhook_url_forbidden',
} as const;
