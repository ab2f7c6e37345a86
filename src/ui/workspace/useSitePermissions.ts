import { useCallback, useEffect, useState } from 'react';
import { isSecretariat } from '../../domain/committeeAccess';
import type { Committee } from '../../domain/model';
import type { PermissionReport } from '../../graph/sitePermissions';
import { askSignedInIdentity } from '../meeting/signedInIdentity';
import type { Services } from '../shared/services';
import { useServices } from '../shared/ServicesContext';

export type SitePermissionsState =
  | { status: 'idle' }
  | { status: 'checking' }
  /** `secretariat`: the signed-in person is in a committee's secretariat, the only ones who may repair. */
  | { status: 'ready'; report: PermissionReport; secretariat: boolean }
  | { status: 'failed'; error: unknown };

/**
 * The permission check on every start (cached by the service for the session) and the repair the
 * warning offers. Only the secretariat is shown differences, since only they can repair them: a user
 * who may not read the permissions gets no report, and a member on a site whose lists still inherit the
 * site's permissions (where anyone can see that they do) is not told either. Who is signed in (`GET /me`,
 * shared with the page) is asked only when there is something to show.
 */
export function useSitePermissions(service: Services['sitePermissions'], committees: readonly Committee[] | undefined) {
  const { hostContext, signedInUser } = useServices();
  const [state, setState] = useState<SitePermissionsState>({ status: 'idle' });
  const [repairing, setRepairing] = useState(false);
  const [repairError, setRepairError] = useState<unknown>(undefined);
  const key = committees ? JSON.stringify(committees.map((c) => [c.id, c.secretariat, c.referents, c.members, c.defaultMinuteTaker, c.defaultChair, c.name])) : undefined;

  useEffect(() => {
    if (!service || !committees || committees.length === 0) return undefined;
    let live = true;
    setState({ status: 'checking' });
    service
      .check(committees)
      .then(async (report) => {
        const identity = report.checked && report.findings.length > 0 ? await askSignedInIdentity(hostContext.user, signedInUser) : undefined;
        return { report, secretariat: identity !== undefined && committees.some((committee) => isSecretariat(committee, identity)) };
      })
      .then(
        ({ report, secretariat }) => live && setState({ status: 'ready', report, secretariat }),
        (error: unknown) => live && setState({ status: 'failed', error }),
      );
    return () => {
      live = false;
    };
    // The committees' identity changes on every load; what matters is who has which role.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [service, key]);

  const repair = useCallback(async () => {
    if (!service || !committees) return;
    setRepairing(true);
    setRepairError(undefined);
    try {
      // Whoever repairs is in a secretariat: `repairPermissions` refuses anyone else.
      setState({ status: 'ready', report: await service.repair(committees), secretariat: true });
    } catch (error) {
      setRepairError(error);
    } finally {
      setRepairing(false);
    }
  }, [service, committees]);

  const findings = state.status === 'ready' && state.report.checked && state.secretariat ? state.report.findings : [];
  return { state, findings, repair, repairing, repairError };
}
