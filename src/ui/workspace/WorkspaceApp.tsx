import { Suspense, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { Button, Field, Text, Title2, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { LoadingSpinner } from '../shared/LoadingSpinner';
import { PlainCard } from '../shared/PlainCard';
import type { Committee } from '../../domain/model';
import { AddRegular, BookSearchRegular, SettingsRegular } from '@fluentui/react-icons';
import { AuthError } from '../../auth/tokenProvider';
import { MAIN_CONTENT_ID } from '../shared/MotebokProvider';
import { ErrorMessageBar } from '../shared/ErrorMessageBar';
import { LateUnreadableRowsBar } from '../shared/LateUnreadableRowsBar';
import { describeError } from '../shared/describeError';
import { useCommonText } from '../shared/commonText';
import { useServices } from '../shared/ServicesContext';
import { signedInPerson } from '../shared/signedInIdentity';
import { useBusyAction } from '../shared/useBusyAction';
import { useWorkspaceText } from './text';
import { useCommittees, useMeetings, useOpenedMeeting, withOpenMeeting } from './useWorkspaceData';
import { useAgendaEditor } from './useAgendaEditor';
import { MeetingList } from './MeetingList';
import { CommitteePicker } from './CommitteePicker';
import { MeetingEditor } from './MeetingEditor';
import { SetUpDueBar } from './SetUpDueBar';
import { RowAccessFailedBar } from './RowAccessFailedBar';
import type { FollowUpStatusReader } from '../../domain/decisionRegister';
import { useSitePermissions } from './useSitePermissions';
import { blankCommittee } from '../../domain/blankCommittee';
import type { NumberedMeeting } from '../../domain/caseNumbering';
import { namedInAddress, type StartupReads } from './startupReads';
import { afterNextPaint } from '../shared/readyMark';
import { loadableView } from '../shared/loadableView';

// The committee settings (conventions, roles, presets) are opened now and then: loaded when first opened.
const { View: CommitteeSettingsPanel } = loadableView(() => import(/* webpackChunkName: "committee-settings" */ './CommitteeSettingsPanel').then((module) => module.CommitteeSettingsPanel));
// The decision register (its search, export and the XLSX writer behind it) loads when first opened.
// The permission check's warning and the words of its findings: fetched when the check finds something, after the start.
const { View: PermissionsWarning } = loadableView(() => import(/* webpackChunkName: "permissions-warning" */ './PermissionsWarning').then((module) => module.PermissionsWarning));
const { View: RegisterView } = loadableView(() => import(/* webpackChunkName: "register-view" */ './register/RegisterView').then((module) => module.RegisterView));

const useStyles = makeStyles({
  shell: { display: 'flex', flexDirection: 'column', minHeight: '100vh' },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    gap: '16px',
    padding: '12px 24px',
    '@media (max-width: 480px)': { padding: '12px' },
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  body: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: '16px',
    padding: '16px 24px',
    alignItems: 'flex-start',
    // 320 px (WCAG reflow): every pixel of width goes to the content.
    '@media (max-width: 480px)': { padding: '12px' },
  },
  nav: { flex: '0 1 300px', minWidth: '240px' },
  main: { flex: '1 1 600px', minWidth: '0', display: 'flex', flexDirection: 'column', gap: '16px' },
  card: { maxWidth: '640px', padding: '16px', display: 'flex', flexDirection: 'column', gap: '12px' },
});

const NO_MEETINGS: readonly NumberedMeeting[] = [];

/**
 * The secretariat's workspace: committees → meetings → the meeting being prepared. Which meeting is
 * open is kept in the URL hash, so a reload (or a link) opens it again. `startup`: the first reads,
 * begun before the first render (`startupReads.ts`).
 */
export function WorkspaceApp({ startup }: { startup?: StartupReads } = {}) {
  const t = useWorkspaceText();
  const commonText = useCommonText();
  const styles = useStyles();
  const { repository, auth, hostContext, sitePermissions, decisionRegister, followUps } = useServices();
  // The register asks Planner/To Do only when «Bare saker med åpen oppfølging» is used: the tasks chunk and its consent wait till then.
  const followUpStatuses = useMemo<FollowUpStatusReader | undefined>(
    () => (followUps ? async (tasks) => (await followUps()).statuses(tasks) : undefined),
    [followUps],
  );
  const { committees, unreadable: unreadableCommittees, reload, upsert: upsertCommittee } = useCommittees(repository, startup);
  // What the main area shows: the meetings, the open committee's settings, or a new committee.
  const [view, setView] = useState<{ kind: 'meetings' } | { kind: 'settings' } | { kind: 'new'; committee: Committee } | { kind: 'register' }>({ kind: 'meetings' });
  // A channel or meeting tab is bound to one committee (?committee=, set by the tab's settings page).
  const [committeeId, setCommitteeId] = useState<string | undefined>(() => namedInAddress(window.location).committeeId);
  const [meetingId, setMeetingId] = useState<string | undefined>(() => namedInAddress(window.location).meetingId);
  // Signing in and setting the site up: one at a time, both buttons wait while either runs.
  const action = useBusyAction<'signingIn' | 'provisioning'>();
  const busy = action.busy !== undefined;

  const committeeList = committees.status === 'ready' ? committees.value : [];
  const committeeEntry = committeeList.find((entry) => entry.value.id === committeeId) ?? committeeList[0];
  const committee = committeeEntry?.value;
  // A tab bound to a committee (?committee=) lists its meetings at once, beside the committees.
  const { meetings: loadedMeetings, unreadable: unreadableMeetings, upsert, reload: reloadMeetings } = useMeetings(repository, committees.status === 'ready' ? committee?.id : committeeId, startup);
  // The list holds meeting rows only; the open meeting's items are read when it opens.
  const { opened, reload: reloadOpened, committeeOfRead } = useOpenedMeeting(repository, committee, meetingId, loadedMeetings, startup);
  // An address naming only the meeting (`#meeting=`, as a reload keeps it) opens it in its own committee, not the first by name.
  useEffect(() => {
    if (committeeId === undefined && committeeOfRead !== undefined) setCommitteeId(committeeOfRead);
  }, [committeeId, committeeOfRead]);
  // The permission check (a token for SharePoint and 6–8 requests, a warning at most) waits until the
  // open meeting is shown or has failed the first time, so it does not compete with it on a cold start,
  // and then until the frame that shows it is painted: started in the first commit, its chunk's import and
  // the whole workspace rendered again for «checking» came between that commit and its paint (issue 14;
  // docs/performance-history.md, h/cold51, h/cold53). The frame is asked for in the commit, as the ready mark's is.
  const [startedUp, setStartedUp] = useState(false);
  const shown = committees.status === 'ready' && opened.status !== 'loading';
  useLayoutEffect(() => {
    if (startedUp || !shown) return undefined;
    return afterNextPaint(() => setStartedUp(true));
  }, [startedUp, shown]);
  const permissions = useSitePermissions(sitePermissions, startedUp && committees.status === 'ready' ? committeeList.map((entry) => entry.value) : undefined);
  // The send dialog names invitees the check found without access (NoticeReach).
  const siteAccess = { findings: permissions.findings, canRepair: permissions.canRepair };
  const openedMeeting = opened.status === 'ready' ? opened.value : undefined;
  // The open meeting's editor lives here, not in MeetingEditor: the list reads its stored state too.
  const open = useAgendaEditor(openedMeeting?.stored, committee, openedMeeting?.others ?? NO_MEETINGS, repository);
  const meetings = withOpenMeeting(loadedMeetings, open?.state.version !== undefined ? open.state.stored : undefined);

  /** Opens another meeting (or none); the one left goes back into the list as its editor last stored it. */
  const openMeetingById = (id: string | undefined) => {
    const leaving = open?.editor;
    if (leaving && id !== meetingId) {
      const handBack = () => {
        const { stored, version } = leaving.getState();
        if (version !== undefined) upsert(stored);
      };
      handBack();
      // Edits still pending are saved on the way out; the list then shows that save too.
      void leaving.flush().then(handBack);
    }
    setMeetingId(id);
  };

  useEffect(() => {
    const hash = meetingId ? `#meeting=${encodeURIComponent(meetingId)}` : '';
    if (window.location.hash !== hash) window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${hash}`);
  }, [meetingId]);

  // Not in the header: "Nytt møteorgan" is rare, and next to "Nytt møte" it invites the wrong click.
  // Its creator starts in its secretariat (removable), so its first save has someone managing its access.
  const newCommittee = () => setView({ kind: 'new', committee: blankCommittee(crypto.randomUUID(), signedInPerson(auth.account(), hostContext.user)) });

  const failure = committees.status === 'failed' ? describeError(committees.error, commonText) : undefined;
  const needsSignIn = committees.status === 'failed' && (committees.error instanceof AuthError || failure?.kind === 'unauthorized');
  // Only missing lists call for set-up; other failures (network, access) show their message and a retry.
  const needsProvisioning = failure?.kind === 'notProvisioned' || failure?.kind === 'notFound';
  const provision = () =>
    action.run('provisioning', async () => {
      await repository.ensureProvisioned();
      // The lists and the library keep versions; permissions follow once a committee exists.
      await sitePermissions?.repair(committeeList.map((entry) => entry.value));
      reload();
    });

  return (
    <div className={styles.shell}>
      <header className={styles.header}>
        <Title2 as="h1">{t('title')}</Title2>
        {committeeList.length > 1 ? (
          <Field label={t('committees.label')}>
            <CommitteePicker
              committees={committeeList.map((entry) => entry.value)}
              selectedId={committee?.id}
              onSelect={(id) => {
                setCommitteeId(id);
                setMeetingId(undefined);
                setView({ kind: 'meetings' });
              }}
            />
          </Field>
        ) : committee ? (
          <Text size={400} weight="semibold">
            {committee.name}
          </Text>
        ) : null}
        {committee ? (
          <Button icon={<SettingsRegular />} aria-pressed={view.kind === 'settings'} onClick={() => setView(view.kind === 'settings' ? { kind: 'meetings' } : { kind: 'settings' })}>
            {t('settings.open')}
          </Button>
        ) : null}
        {committee && decisionRegister ? (
          <Button icon={<BookSearchRegular />} aria-pressed={view.kind === 'register'} onClick={() => setView(view.kind === 'register' ? { kind: 'meetings' } : { kind: 'register' })}>
            {t('register.open')}
          </Button>
        ) : null}
      </header>
      <div className={styles.body}>
        {committee ? (
          <nav className={styles.nav} aria-label={t('meetings.heading')}>
            <MeetingList
              committee={committee}
              meetings={meetings}
              selectedId={open ? meetingId : undefined}
              onSelect={(id) => {
                openMeetingById(id);
                setView({ kind: 'meetings' });
              }}
              onCreated={(created) => {
                upsert(created.value);
                openMeetingById(created.value.id);
                setView({ kind: 'meetings' });
              }}
              onRetry={reloadMeetings}
            />
          </nav>
        ) : null}
        <main id={MAIN_CONTENT_ID} tabIndex={-1} className={styles.main} data-permission-check={permissions.state.status}>
          {action.error !== undefined ? <ErrorMessageBar error={action.error} onDismiss={action.dismissError} /> : null}
          <LateUnreadableRowsBar
            rows={[...unreadableCommittees, ...unreadableMeetings, ...(openedMeeting?.stored.unreadable ?? [])]}
            drafts={open?.state.unreadableDrafts}
            onDiscardDraft={open ? (key) => void open.editor.discardUnreadableDraft(key) : undefined}
          />
          {permissions.siteAccessError ? <ErrorMessageBar error={permissions.siteAccessError} /> : null}
          {permissions.findings.length > 0 || permissions.repairError !== undefined ? (
            <Suspense fallback={null}>
              <PermissionsWarning
                findings={permissions.findings}
                committees={committeeList.map((entry) => entry.value)}
                canRepair={permissions.canRepair}
                secretariat={permissions.secretariat}
                repairing={permissions.repairing}
                repairError={permissions.repairError}
                onRepair={() => void permissions.repair()}
              />
            </Suspense>
          ) : null}
          {committees.status === 'loading' ? <LoadingSpinner label={t('committees.loading')} /> : null}
          {needsSignIn ? (
            <PlainCard className={styles.card}>
              <Title3 as="h2">{t('signIn.title')}</Title3>
              <Text>{t('signIn.body')}</Text>
              <div>
                <Button appearance="primary" disabled={busy} onClick={() => void action.run('signingIn', async () => (await auth.signIn(), reload()))}>
                  {t('signIn.action')}
                </Button>
              </div>
            </PlainCard>
          ) : null}
          {committees.status === 'failed' && !needsSignIn && !needsProvisioning ? <ErrorMessageBar error={committees.error} onReload={reload} /> : null}
          {needsSignIn && committees.status === 'failed' ? <ErrorMessageBar error={committees.error} /> : null}
          {needsProvisioning || (committees.status === 'ready' && committeeList.length === 0) ? (
            <PlainCard className={styles.card}>
              {needsProvisioning ? (
                <>
                  <Title3 as="h2">{t('provision.title')}</Title3>
                  <Text>{t('provision.body')}</Text>
                </>
              ) : (
                <Text>{t('committees.none')}</Text>
              )}
              <div>
                <Button appearance="primary" disabled={busy} onClick={() => void provision()}>
                  {busy ? t('provision.working') : t('provision.action')}
                </Button>
                {committees.status === 'ready' ? (
                  <Button icon={<AddRegular />} onClick={newCommittee}>
                    {t('committees.new')}
                  </Button>
                ) : null}
              </div>
            </PlainCard>
          ) : null}
          {/* Whether the site lacks later columns is asked only for the secretariat, known once the permission check has answered for this user (SetUpDueBar). */}
          <SetUpDueBar repository={repository} provision={provision} busy={busy} secretariat={permissions.secretariat} />
          <RowAccessFailedBar repository={repository} repair={permissions.repair} canRepair={permissions.canRepair} repairing={permissions.repairing} />
          {view.kind === 'register' && decisionRegister ? (
            <Suspense fallback={<LoadingSpinner label={t('register.loading')} />}>
              <RegisterView
                committees={committeeList.map((entry) => entry.value)}
                load={decisionRegister}
                {...(followUpStatuses ? { followUpStatuses } : {})}
              />
            </Suspense>
          ) : view.kind === 'settings' && committeeEntry ? (
            <Suspense fallback={<LoadingSpinner label={t('settings.loading')} />}>
              <CommitteeSettingsPanel
                key={committeeEntry.value.id}
                stored={committeeEntry}
                repository={repository}
                onSaved={upsertCommittee}
                onClose={() => setView({ kind: 'meetings' })}
                onNewCommittee={newCommittee}
              />
            </Suspense>
          ) : view.kind === 'new' ? (
            <Suspense fallback={<LoadingSpinner label={t('settings.loading')} />}>
              <CommitteeSettingsPanel
                key={view.committee.id}
                stored={{ value: view.committee, version: undefined }}
                repository={repository}
                onSaved={(saved) => {
                  // Møtebok sets the new committee's access (its folder, its people on the lists) itself, then checks again.
                  permissions.grant([...committeeList.map((entry) => entry.value).filter((c) => c.id !== saved.value.id), saved.value]);
                  upsertCommittee(saved);
                  setCommitteeId(saved.value.id);
                  setMeetingId(undefined);
                  setView({ kind: 'settings' });
                }}
                onClose={() => setView({ kind: 'meetings' })}
              />
            </Suspense>
          ) : committee && open ? (
            <MeetingEditor key={open.state.meeting.id} committee={committee} editor={open.editor} state={open.state} access={siteAccess} committees={committeeList.map((entry) => entry.value)} {...(meetings.status === 'ready' ? { meetings: meetings.value } : {})} />
          ) : committee && meetingId && opened.status === 'loading' ? (
            <LoadingSpinner label={t('meetings.loading')} />
          ) : committee && opened.status === 'failed' ? (
            <ErrorMessageBar error={opened.error} onReload={reloadOpened} />
          ) : committee && meetings.status === 'ready' ? (
            <Text>{t('meetings.select')}</Text>
          ) : null}
        </main>
      </div>
    </div>
  );
}
