import { configFromEnv } from '../../../config/configFromEnv';
import type { MeetingRepository } from '../../../domain/ports';
import type { HostContext } from '../../../hosts/hostContext';
import type { Services } from '../services';

/**
 * Services for a screen test: the given host and repository, the build's default configuration,
 * and everything else (sign-in, sending, the referat) failing loudly, since a screen test must not reach it.
 */
export function testServices(hostContext: HostContext, repository: MeetingRepository, overrides: Partial<Services> = {}): Services {
  const unavailable = async (): Promise<never> => {
    throw new Error('ikke i denne testen');
  };
  return {
    hostContext,
    config: configFromEnv({}),
    auth: { getToken: unavailable, restore: unavailable, signIn: unavailable, signOut: unavailable, account: () => undefined },
    repository,
    notices: { send: unavailable, sendUpdate: unavailable },
    minutes: {
      store: unavailable,
      recipients: () => {
        throw new Error('ikke i denne testen');
      },
      send: unavailable,
    },
    ...overrides,
  };
}
