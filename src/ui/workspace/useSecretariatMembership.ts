import { isSecretariat } from '../../domain/committeeAccess';
import type { Committee } from '../../domain/model';
import { askSignedInIdentity } from '../shared/signedInIdentity';
import { useServices } from '../shared/ServicesContext';
import { useAskedOnce } from '../shared/useAskedOnce';

/**
 * Whether the signed-in person is in some committee's secretariat: the one answer the workspace's
 * secretariat-only notices share (the permission warning and its repair, the set-up check of an old
 * site). Who is signed in (`GET /me`, the host's identity when Graph cannot say) is asked at most
 * once per workspace, and only once `ask` says an answer is needed — after the permission check has
 * answered, so never on the start-up path. Changed committees (a role given or taken in the settings)
 * are matched against the same identity without asking again. `undefined` while not known.
 */
export function useSecretariatMembership(committees: readonly Committee[] | undefined, ask: boolean): boolean | undefined {
  const { hostContext, signedInUser } = useServices();
  // `askSignedInIdentity` answers with the host's identity when Graph fails, so a failure is not asked again either.
  const identity = useAskedOnce(ask, () => askSignedInIdentity(hostContext.user, signedInUser));
  if (!identity || !committees) return undefined;
  return committees.some((committee) => isSecretariat(committee, identity));
}
