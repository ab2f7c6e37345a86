import { Button, Field, MessageBar, MessageBarBody, Select } from '@fluentui/react-components';
import { LoadingSpinner } from '../shared/LoadingSpinner';
import { formatDateLong } from '../../domain/dates';
import { takesCaseNumber } from '../../domain/caseNumbering';
import { MAIN_CONTENT_ID } from '../shared/MotebokProvider';
import { useCommonText } from '../shared/commonText';
import { meetingStatusText } from '../shared/meetingStatusText';
import { useCommitteeWording } from '../shared/useCommitteeWording';
import { useOutlookText } from './outlookText';
import { OutlookErrorBar } from './OutlookErrorBar';
import { useComposePane, type ComposePaneDeps } from './useComposePane';
import { usePaneStyles } from './paneStyles';

/** The organiser's pane: choose committee and meeting, insert or update the agenda in the invite. */
export function ComposePane(props: ComposePaneDeps) {
  const t = useOutlookText();
  const common = useCommonText();
  const styles = usePaneStyles();
  const { state, committee, meeting, selectCommittee, selectMeeting, createFromAppointment, insert, retry } = useComposePane(props);
  // A meeting's status names the record in its committee's words («Protokoll godkjend»).
  const words = useCommitteeWording({ conventions: committee?.value.conventions });
  // The list named by the committee's word for it (`conventions.agendaHeading`): «Sett inn sakskart»; «Saksliste» before one is chosen.
  const agenda = { agendaHeading: committee?.value.conventions?.agendaHeading ?? '' };

  if (state.loading) {
    return (
      <main id={MAIN_CONTENT_ID} className={styles.main}>
        <LoadingSpinner label={t('loading')} />
      </main>
    );
  }
  const inserted = state.agenda === 'upToDate' || state.agenda === 'outOfDate';
  const result = state.result;
  return (
    <main id={MAIN_CONTENT_ID} className={styles.main} aria-busy={state.busy}>
      <h1 className={styles.heading}>{t('compose.heading', agenda)}</h1>
      {state.committees.length === 0 && !state.error ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('compose.noCommittees')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.committees.length > 0 ? (
        <Field label={t('compose.committee')}>
          <Select value={state.committeeId ?? ''} onChange={(_, data) => selectCommittee(data.value)} disabled={state.busy}>
            <option value="" disabled>
              {t('compose.chooseCommittee')}
            </option>
            {state.committees.map((c) => (
              <option key={c.value.id} value={c.value.id}>
                {c.value.name}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      {committee ? (
        <>
          {state.meetings.length > 0 ? (
            <Field label={t('compose.meeting')}>
              <Select value={state.meetingId ?? ''} onChange={(_, data) => selectMeeting(data.value)} disabled={state.busy}>
                <option value="" disabled>
                  {t('compose.chooseMeeting')}
                </option>
                {state.meetings.map((m) => (
                  <option key={m.value.id} value={m.value.id}>
                    {t('compose.meetingOption', { date: formatDateLong(m.value.date), status: meetingStatusText(common, m.value.status, words) })}
                  </option>
                ))}
              </Select>
            </Field>
          ) : (
            <p className={styles.muted}>{t('compose.noMeetings')}</p>
          )}
          <div className={styles.actions}>
            <Button onClick={() => void createFromAppointment()} disabled={state.busy}>
              {t('compose.newFromAppointment')}
            </Button>
          </div>
        </>
      ) : null}
      {state.createdDate ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t('compose.newCreated', { date: formatDateLong(state.createdDate) })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {meeting && !result ? (
        <MessageBar intent={state.agenda === 'outOfDate' || state.agenda === 'otherMeeting' ? 'warning' : 'info'} layout="multiline" role="status">
          <MessageBarBody>{t(`compose.state.${state.agenda}`, agenda)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {meeting ? (
        <div className={styles.actions}>
          <Button appearance="primary" onClick={() => void insert()} disabled={state.busy}>
            {inserted ? t('compose.update', agenda) : t('compose.insert', agenda)}
          </Button>
          {state.busy ? <LoadingSpinner size="tiny" label={t('compose.working', agenda)} /> : null}
        </div>
      ) : null}
      {result ? (
        <MessageBar intent={result.linked ? 'success' : 'warning'} layout="multiline" role="status">
          <MessageBarBody>
            <p>{t('compose.done', { ...agenda, count: result.meeting.value.items.filter(takesCaseNumber).length })}</p>
            {result.attached.length > 0 ? <p>{t('compose.attached', { names: result.attached.join(', ') })}</p> : null}
            {result.notAttached.length > 0 ? <p>{t('compose.notAttached', { names: result.notAttached.map((p) => p.label).join(', ') })}</p> : null}
            <p>
              {result.linked
                ? t('compose.linked')
                : result.linkProblem === 'requirementMissing' || result.linkProblem === 'itemNotSaved' || result.linkProblem === 'conflict'
                  ? t(`compose.notLinked.${result.linkProblem}`, agenda)
                  : t('compose.notLinked.other', agenda)}
            </p>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.error ? <OutlookErrorBar error={state.error} onRetry={state.committees.length === 0 ? () => void retry() : undefined} /> : null}
    </main>
  );
}
