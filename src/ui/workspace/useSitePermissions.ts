import { useCallback, useEffect, useState } from 'react';
import type { Committee } from '../../domain/model';
import type { PermissionReport } from '../../graph/sitePermissions';
import type { Services } from '../shared/services';
import { useSecretariatMembership } from './useSecretariatMembership';

export type SitePermissionsState =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'ready'; report: PermissionReport }
  | { status: 'failed'; error: unknown };

/**
 * The permission check on every start (cached by the service for the session) and the repair the
 * warning offers. Only the secretariat is shown differences, since only they can repair them: a user
 * who may not read the permissions gets no report, and a member on a site whose lists still inherit the
 * site's permissions (where anyone can see that they do) is not told either. Whether the user is in a
 * secretariat is the workspace's one answer (`useSecretariatMembership`), asked once the check has
 * answered for this user; `secretariat` hands it on (the set-up check uses it too).
 */
export function useSitePermissions(service: Services['sitePermissions'], committees: readonly Committee[] | undefined) {
  const [state, setState] = useState<SitePermissionsState>({ status: 'idle' });
  const [repairing, setRepairing] = useState(false);
  const [repairError, setRepairError] = useState<unknown>(undefined);
  const key = committees ? JSON.stringify(committees.map((c) => [c.id, c.secretariat, c.referents, c.members, c.defaultMinuteTaker, c.defaultChair, c.name])) : undefined;

  useEffect(() => {
    if (!service || !committees || committees.length === 0) return undefined;
    let live = true;
    setState({ status: 'checking' });
    service.check(committees).then(
      (report) => live && setState({ status: 'ready', report }),
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
      setState({ status: 'ready', report: await service.repair(committees) });
    } catch (error) {
      setRepairError(error);
    } finally {
      setRepairing(false);
    }
  }, [service, committees]);

  const report = state.status === 'ready' && state.report.checked ? state.report : undefined;
  const secretariat = useSecretariatMembership(committees, report !== undefined);
  const findings = report && secretariat === true ? report.findings : [];
  return { state, findings, secretariat, repair, repairing, repairError };
}
