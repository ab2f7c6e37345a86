// @vitest-environment jsdom
import { expect, it } from 'vitest';
import { HostInitError } from '../hostContext';
import { installFakeTeamsParent } from './testing/fakeTeamsParent';
import { initializeTeamsHost } from './initializeTeamsHost';

it('gives up with a timeout error instead of hanging when Teams never answers', async () => {
  installFakeTeamsParent({ frameContext: 'content', silent: true });
  const started = Date.now();
  const failure = await initializeTeamsHost({ timeoutMs: 150 }).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(HostInitError);
  expect(failure).toMatchObject({ reason: 'timeout' });
  expect(Date.now() - started).toBeLessThan(2000);
});
