import { describe, expect, it } from 'vitest';
import { answerLiveShareRequest, type LiveShareHostImitation } from './teamsHostProtocol';

function imitation(overrides: Partial<LiveShareHostImitation> = {}): LiveShareHostImitation {
  let container: string | undefined;
  return {
    tenantInfo: async () => ({ tenantId: 'local', serviceEndpoint: 'http://localhost:7070' }),
    containerOf: async () => (container ? { containerState: 'AlreadyExists', containerId: container, shouldCreate: false, retryAfter: 0 } : { containerState: 'NotFound', shouldCreate: true, retryAfter: 0 }),
    setContainer: async (id) => {
      container ??= id;
      return { containerState: container === id ? 'Added' : 'AlreadyExists', containerId: container, shouldCreate: false, retryAfter: 0 };
    },
    registerClient: async () => ['Organizer'],
    clientInfo: async (clientId) => (clientId === 'known' ? { userId: 'u', roles: ['Attendee'] } : undefined),
    ...overrides,
  };
}

describe("the Teams imitations' answers to Live Share (teams-js LiveShareHost)", () => {
  it('answers as [error, result], the way teams-js sendAndHandleSdkError reads them', async () => {
    const live = imitation();
    expect(await answerLiveShareRequest(live, 'interactive.getFluidTenantInfo', [])).toEqual([null, { tenantId: 'local', serviceEndpoint: 'http://localhost:7070' }]);
    expect(await answerLiveShareRequest(live, 'interactive.getFluidContainerId', [])).toEqual([null, expect.objectContaining({ shouldCreate: true })]);
    expect(await answerLiveShareRequest(live, 'interactive.setFluidContainerId', ['c-1'])).toEqual([null, expect.objectContaining({ containerState: 'Added', containerId: 'c-1' })]);
    expect(await answerLiveShareRequest(live, 'interactive.setFluidContainerId', ['c-2'])).toEqual([null, expect.objectContaining({ containerState: 'AlreadyExists', containerId: 'c-1' })]);
    expect(await answerLiveShareRequest(live, 'interactive.getClientRoles', ['known'])).toEqual([null, ['Attendee']]);
    expect(await answerLiveShareRequest(live, 'interactive.registerClientId', ['me'])).toEqual([null, ['Organizer']]);
  });

  it('turns a failure on the host side into an SDK error, so Live Share rejects and the stage polls instead', async () => {
    const live = imitation({ tenantInfo: async () => Promise.reject(new Error('Fluids lokale tjeneste kjører ikke')) });
    expect(await answerLiveShareRequest(live, 'interactive.getFluidTenantInfo', [])).toEqual([{ errorCode: 500, message: 'Fluids lokale tjeneste kjører ikke' }, null]);
  });

  it('leaves every other function to the rest of the protocol', () => {
    expect(answerLiveShareRequest(imitation(), 'getContext', [])).toBeUndefined();
  });
});
