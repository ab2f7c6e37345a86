import { useState } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Select, makeStyles, tokens } from '@fluentui/react-components';
import { LoadingSpinner } from '../LoadingSpinner';
import { ArrowClockwiseRegular, TaskListAddRegular } from '@fluentui/react-icons';
import { formatDateLong } from '../../../domain/dates';
import { DomainError } from '../../../domain/errors';
import type { FollowUpStatus } from '../../../domain/followUp';
import type { AgendaItem, Committee, FollowUp, Meeting, Person } from '../../../domain/model';
import { ErrorMessageBar } from '../ErrorMessageBar';
import { useCommonText } from '../commonText';
import { describeError } from '../describeError';
import { PeoplePicker } from '../PeoplePicker';
import { useServices } from '../ServicesContext';
import { useFollowUpText } from './followUpMessages';
import { useFollowUps } from './useFollowUps';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  status: { color: tokens.colorNeutralForeground2 },
});

export interface FollowUpPanelProps {
  committee: Pick<Committee, 'id' | 'followUpPlanId'>;
  meeting: Pick<Meeting, 'id'>;
  item: Pick<AgendaItem, 'id' | 'caseNumber' | 'title' | 'conclusion' | 'followUps'>;
  /** The committee's word for konklusjon, as the UI shows it ("konklusjonen", "vedtaket"). */
  conclusionWord: string;
  canEdit: boolean;
  onAdd: (followUp: FollowUp) => void;
}

/** The points of one sak with their status from Planner/To Do, and the form for a new one (loaded when first opened). */
export function FollowUpPanel({ committee, meeting, item, conclusionWord, canEdit, onAdd }: FollowUpPanelProps) {
  const t = useFollowUpText();
  const tc = useCommonText();
  const styles = useStyles();
  const services = useServices();
  const state = useFollowUps({ tasks: services.followUps, committee, meeting, item, onAdd });
  const [what, setWhat] = useState('');
  const [who, setWho] = useState<Person | undefined>(undefined);
  const [due, setDue] = useState('');
  const [point, setPoint] = useState('');

  const statusText = (status: FollowUpStatus | undefined): string => {
    if (state.status.kind === 'loading') return t('status.loading');
    if (!status || status.state === 'unknown') return t('status.unknown');
    if (status.state === 'completed') return t('status.completed', { date: status.completedAt ? formatDateLong(status.completedAt.slice(0, 10)) : '' }).trim();
    return status.percentComplete > 0 ? t('status.progress', { percent: String(status.percentComplete) }) : t('status.open');
  };
  const submit = async () => {
    if (await state.create({ what, who, due: due || undefined })) {
      setWhat('');
      setWho(undefined);
      setDue('');
      setPoint('');
    }
  };
  const problem = state.createError instanceof DomainError ? state.createError : undefined;
  // A field the schema refuses is a rule of the model's, worded in the user's language (`fieldRuleText.ts`).
  const problemText = problem ? describeError(problem, tc).message : undefined;

  return (
    <div className={styles.root} data-testid="follow-up-panel">
      {state.followUps.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul className={styles.list} aria-label={t('listLabel')}>
          {state.followUps.map((f) => (
            <li key={f.id} data-testid="follow-up-row">
              {f.what} – {f.who.name}
              {f.due ? `, ${t('dueOn', { date: formatDateLong(f.due) })}` : ''}: <span className={styles.status} data-testid="follow-up-status">{statusText(state.status.kind === 'ready' ? state.status.statuses.get(f.task.taskId) : undefined)}</span>
            </li>
          ))}
        </ul>
      )}
      {state.status.kind === 'failed' ? <ErrorMessageBar error={state.status.error} /> : null}
      {state.followUps.length > 0 ? (
        <div>
          <Button appearance="subtle" icon={<ArrowClockwiseRegular />} onClick={() => void state.refresh()} data-testid="follow-up-refresh">
            {t('refresh')}
          </Button>
        </div>
      ) : null}
      {canEdit ? (
        <form
          className={styles.form}
          aria-labelledby={`follow-up-new-${item.id}`}
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <h4 id={`follow-up-new-${item.id}`} className={styles.heading}>
            {t('newHeading')}
          </h4>
          {item.conclusion.length > 0 ? (
            <Field label={t('fromPoint', { conclusion: conclusionWord })}>
              <Select
                value={point}
                onChange={(_, data) => {
                  setPoint(data.value);
                  const chosen = item.conclusion[Number(data.value)];
                  if (data.value !== '' && chosen !== undefined) setWhat(chosen);
                }}
                data-testid="follow-up-point"
              >
                <option value="">{t('noPoint')}</option>
                {item.conclusion.map((text, index) => (
                  <option key={index} value={String(index)}>
                    {`${index + 1}. ${text.length > 80 ? `${text.slice(0, 79)}…` : text}`}
                  </option>
                ))}
              </Select>
            </Field>
          ) : null}
          <Field label={t('what')} required validationMessage={problem?.code === 'followUpInvalid' ? problemText : undefined}>
            <Input value={what} onChange={(_, data) => setWhat(data.value)} maxLength={255} data-testid="follow-up-what" />
          </Field>
          <Field validationMessage={problem?.code === 'followUpWho' ? problemText : undefined}>
            <PeoplePicker label={t('who')} value={who ? [who] : []} onChange={(people) => setWho(people.at(-1))} />
          </Field>
          <Field label={t('due')}>
            <Input type="date" value={due} onChange={(_, data) => setDue(data.value)} data-testid="follow-up-due" />
          </Field>
          <p className={styles.status}>{state.usesPlanner ? t('wherePlanner') : t('whereTodo')}</p>
          {state.createError !== undefined && !problem ? <ErrorMessageBar error={state.createError} /> : null}
          {state.created ? (
            <MessageBar intent="success">
              <MessageBarBody>{t('created')}</MessageBarBody>
            </MessageBar>
          ) : null}
          <div className={styles.row}>
            <Button type="submit" appearance="primary" icon={<TaskListAddRegular />} disabled={state.creating} data-testid="follow-up-create">
              {t('create')}
            </Button>
            {state.creating ? <LoadingSpinner size="tiny" label={t('creating')} /> : null}
          </div>
        </form>
      ) : null}
    </div>
  );
}
