import { Logger, type Provider } from '@nestjs/common';
import type { Environment } from '@embauche/common';
import { CHANGE_NOTIFICATION_TRIGGERS, ChangeFeed } from '@embauche/database';
import { ReadCache } from './read-cache';

/** The API's ReadCache: fed by a ChangeFeed on DATABASE_URL, or off when READ_CACHE_MB=0. */
export function readCacheProvider(env: Environment): Provider {
  return {
    provide: ReadCache,
    useFactory: () => {
      const logger = new Logger(ReadCache.name);
      const maxBytes = env.READ_CACHE_MB * 1024 * 1024;
      const feed =
        maxBytes > 0
          ? new ChangeFeed({
              url: env.DATABASE_URL,
              requiredTriggers: CHANGE_NOTIFICATION_TRIGGERS,
              onWarning: (message, error) => logger.warn({ err: error }, message),
            })
          : null;
      return new ReadCache(feed, maxBytes);
    },
  };
}
