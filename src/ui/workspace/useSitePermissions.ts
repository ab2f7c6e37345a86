import { useCallback, useEffect, useRef, useState } from 'react';
import type { Committee } from '../../domain/model';
import { DomainError } from '../../domain/errors';
import type { PermissionReport } from '../../graph/sitePermissions';
import type { Services } from '../shared/services';
import { useAskedOnce } from '../shared/useAskedOnce';
import { wordingReady } from '../shared/describeError';
import { useBusyAction } from '../shared/useBusyAction';
import { useSecretariatMembership } from './useSecretariatMembership';

export type SitePermissionsState =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'ready'; report: PermissionReport }
  | { status: 'failed'; error: unknown };

/** Whether the signed-in user may manage the site's permissions: false when it cannot be told (no `mayManage`, a failure). */
const mayManage = (service: Services['sitePermissions']) => (): Promise<boolean> => (service?.mayManage ? service.mayManage().catch(() => false) : Promise.resolve(false));

/**
 * The permission check on every start (cached by the service for the session) and the repair the
 * warning offers. Differences are shown to those who can do something about them, and to nobody else:
 * - the secretariat: «Rett tilgangene» repairs them (`canRepair`) for someone who may also manage the
 *   site's permissions (a site owner): the repair breaks inheritance and adds people to the site, which
 *   Full Control on Møtebok's own lists does not allow, and `repairPermissions` refuses anyone outside
 *   every secretariat, who would otherwise take their own access away half-way. Someone in the
 *   secretariat without that right (a new secretariat from outside, a guest) sees the differences and
 *   who must act (the site owner, or IT making them one) instead of a button that would be refused;
 * - someone outside every secretariat who may manage the site's permissions (a site owner, IT): the
 *   same differences without the button, and what to do instead;
 * Whether the user may manage the site is one SharePoint request (`mayManage`): asked of the secretariat
 * once the check has answered (a save that cannot close an exempt sak's row needs the answer too,
 * `RowAccessFailedBar`), and of anyone else only when the check found differences — long after the
 * start-up reads;
 * - nobody else: a user who may not read the permissions gets no report, and a member on a site whose
 *   lists still inherit the site's permissions (where anyone can see that they do) is not told.
 * Whether the user is in a secretariat is the workspace's one answer (`useSecretariatMembership`),
 * asked once the check has answered for this user; `secretariat` hands it on (the set-up check uses it too).
 */
export function useSitePermissions(service: Services['sitePermissions'], committees: readonly Committee[] | undefined) {
  const [state, setState] = useState<SitePermissionsState>({ status: 'idle' });
  const repairAction = useBusyAction<'repairing'>();
  const key = committees
    ? JSON.stringify(committees.map((c) => [c.id, c.secretariat, c.referents, c.members, c.defaultMinuteTaker, c.defaultChair, c.name]))
    : undefined;

  // Each check's answer is shown only if no later one has started (a new committee's `grant` starts one).
  const latest = useRef(0);
  const answer = useCallback((check: Promise<PermissionReport>, live: () => boolean = () => true) => {
    const mine = ++latest.current;
    setState({ status: 'checking' });
    const current = () => live() && latest.current === mine;
    check.then(
      // The app's role on the site (Sites.Selected) is told in words that load on demand: here before it is shown.
      async (report) => {
        if (report.siteAccess) await wordingReady(new DomainError('siteAccess', report.siteAccess));
        if (current()) setState({ status: 'ready', report });
      },
      async (error: unknown) => {
        await wordingReady(error);
        if (current()) setState({ status: 'failed', error });
      },
    );
  }, []);

  useEffect(() => {
    if (!service || !committees || committees.length === 0) return undefined;
    let live = true;
    answer(service.check(committees), () => live);
    return () => {
      live = false;
    };
    // The committees' identity changes on every load; what matters is who has which role.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [service, key]);

  const { run } = repairAction;
  const repair = useCallback(
    () =>
      run('repairing', async () => {
        if (!service || !committees) return;
        setState({ status: 'ready', report: await service.repair(committees) });
      }),
    [run, service, committees],
  );

  /**
   * A committee just created (`all`: every committee, it among them): Møtebok sets its access
   * (`sitePermissions.grant`) and then checks again; a check already on its way, which may have read the
   * site half-set, is not shown.
   */
  const grant = useCallback(
    (all: readonly Committee[]) => {
      if (!service?.grant) return;
      const granted = service.grant(all);
      answer(granted.then(() => service.check(all)));
    },
    [service, answer],
  );

  const report = state.status === 'ready' && state.report.checked ? state.report : undefined;
  // Sites.Selected (graph/siteAccess.ts): the app has no role on the site (for everyone), or too small a role (the secretariat, who should manage it).
  const tooSmall = state.status === 'ready' ? state.report.siteAccess : undefined;
  const secretariat = useSecretariatMembership(committees, report !== undefined || tooSmall !== undefined);
  const askManager = report !== undefined && (secretariat === true || (report.findings.length > 0 && secretariat === false));
  const siteManager = useAskedOnce(askManager, mayManage(service));
  const shown = secretariat === true || siteManager === true;
  const findings = report && shown ? report.findings : [];
  const canRepair = secretariat === true && siteManager === true;
  const siteAccessError =
    state.status === 'failed' && state.error instanceof DomainError && state.error.code === 'siteAccess'
      ? state.error
      : tooSmall && secretariat === true
        ? new DomainError('siteAccess', tooSmall)
        : undefined;
  const repairing = repairAction.busy !== undefined;
  return { state, findings, secretariat, canRepair, repair, grant, repairing, repairError: repairAction.error, siteAccessError };
}
